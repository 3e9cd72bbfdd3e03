package dev.optionsdeep.migrate.it.parity.onetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.LocalDateTime;

/**
 * A narrower view that updates the last login, as OpenOLAT's {@code IdentityLastLoginImpl}: its columns defined as
 * the full entity defines them, and one of its own (with a unique constraint over it and a shared column).
 */
@Entity(name = "otidentitylastlogin")
@Table(name = "ot_identity", uniqueConstraints = @UniqueConstraint(name = "ot_identity_login_uk",
        columnNames = {"name", "login_count"}))
public class OtIdentityLastLogin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    private Long key;

    @Column(name = "name", length = 128, nullable = false, unique = true, insertable = false, updatable = false)
    private String name;

    @Column(name = "lastlogin")
    private LocalDateTime lastLogin;

    @Column(name = "login_count")
    private Integer loginCount;
}
