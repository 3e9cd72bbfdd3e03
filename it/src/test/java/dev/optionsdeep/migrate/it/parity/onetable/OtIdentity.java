package dev.optionsdeep.migrate.it.parity.onetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** The full entity of the table, as OpenOLAT's {@code IdentityImpl}. */
@Entity
@Table(name = "ot_identity", indexes = @Index(name = "ot_identity_lastlogin_idx", columnList = "lastlogin"))
public class OtIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    private Long key;

    @Version
    @Column(name = "version")
    private int version;

    @Column(name = "creationdate", nullable = false, updatable = false)
    private LocalDateTime creationDate;

    @Column(name = "name", length = 128, nullable = false, unique = true)
    private String name;

    @Column(name = "lastlogin")
    private LocalDateTime lastLogin;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    private OtStatus status;

    @Column(name = "external_id", length = 64)
    private String externalId;

    @ManyToOne
    @JoinColumn(name = "fk_user_id")
    private OtUser user;
}
