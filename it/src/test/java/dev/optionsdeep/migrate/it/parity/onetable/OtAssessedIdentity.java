package dev.optionsdeep.migrate.it.parity.onetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A read-only view of the same table, as OpenOLAT's {@code AssessedIdentity}: every column read-only (the key's
 * generator as the full entity's, since the identity column is the first registered entity's),
 * the status with its check and the reference to the user (one foreign key with the full entity's).
 */
@Entity(name = "otasidentity")
@Immutable
@Table(name = "ot_identity")
public class OtAssessedIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    private Long key;

    @Column(name = "name", length = 128, nullable = false, unique = true, insertable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, insertable = false, updatable = false)
    private OtStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fk_user_id", insertable = false, updatable = false)
    private OtUser user;
}
