package dev.optionsdeep.migrate.it.parity.sharedcols;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Writes the columns its mapped superclass reads, and reads OWNER_ID a third time through the relationship. */
@Entity
@Table(name = "SC_INDEX_ENTRY")
public class ScIndexEntry extends ScIndexBase {
    @Id private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "OWNER_ID", insertable = false, updatable = false, nullable = false)
    private ScOwner owner;

    @Column(name = "OWNER_ID", nullable = false)
    private Long ownerId;

    @Column(name = "LABEL", length = 80, nullable = false)
    private String label;

    @Column(name = "WEIGHT")
    private Integer weight;
}
