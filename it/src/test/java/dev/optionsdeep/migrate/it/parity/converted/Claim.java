package dev.optionsdeep.migrate.it.parity.converted;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Map;

/** A claim of any kind: every kind's columns in one table. */
@Entity
@Table(name = "CLAIMS")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "CLAIM_KIND", length = 4)
public abstract class Claim {

    @Id
    @Column(name = "CLAIM_NO")
    private Long number;

    @Column(name = "STATE", nullable = false)
    private ClaimState state;

    @Convert(converter = Severity.Weight.class)
    @Column(name = "SEVERITY")
    private Severity severity;

    /** Beside the converted ones, an enum Hibernate checks by itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "PREVIOUS_STATE", length = 10)
    private ClaimState previousState;

    @Column(name = "AMOUNT", precision = 12, scale = 2)
    private BigDecimal amount;

    /** The reserve each branch holds for the claim: the map's keys are converted, its values are not. */
    @ElementCollection
    @CollectionTable(name = "CLAIM_RESERVES", joinColumns = @JoinColumn(name = "CLAIM_NO"))
    @Convert(attributeName = "key", converter = Branch.Code.class)
    @MapKeyColumn(name = "BRANCH_CODE", length = 8)
    @Column(name = "RESERVE", precision = 12, scale = 2)
    private Map<Branch, BigDecimal> reserves;

    /** Notes by the state the claim was in when they were written: the keys' check is the converter's. */
    @ElementCollection
    @CollectionTable(name = "CLAIM_NOTES", joinColumns = @JoinColumn(name = "CLAIM_NO"))
    @Convert(attributeName = "key", converter = ClaimStateCode.class)
    @MapKeyColumn(name = "NOTE_STATE")
    @Column(name = "NOTE", length = 500)
    private Map<ClaimState, String> notes;
}
