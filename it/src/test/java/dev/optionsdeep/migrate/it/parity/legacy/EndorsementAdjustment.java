package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Names as long as old schemas spell them: PostgreSQL names the unnamed check and unique constraint
 * itself, cutting table and column alike so that "_check" and "_key" stay whole within 63 bytes.
 */
@Entity
@Table(name = "POLICY_ENDORSEMENT_PREMIUM_ADJUSTMENT_HISTORY_BY_COVERAGE_LINE")
public class EndorsementAdjustment {

    public enum Reason { RATE_CHANGE, COVERAGE_ADDED, COVERAGE_REMOVED }

    @Id
    @Column(name = "ADJUSTMENT_ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENDORSEMENT_ADJUSTMENT_REASON_CODE", length = 20)
    private Reason reason;

    @Column(name = "EXTERNAL_CLEARING_HOUSE_REFERENCE_NUMBER", length = 40, unique = true)
    private String clearingReference;
}
