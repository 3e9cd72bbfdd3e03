package dev.optionsdeep.migrate.it.parity.sharedcols;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Read-only copies of columns its entities write: one as the entity defines it, one with another length and
 * nullability than the entity's (the first Hibernate binds, this one, defines the column).
 */
@MappedSuperclass
public abstract class ScIndexBase {
    @Column(name = "OWNER_ID", insertable = false, updatable = false, nullable = false)
    private Long ownerRef;

    @Column(name = "LABEL", length = 40, insertable = false, updatable = false)
    private String labelCopy;

    @Column(name = "WEIGHT", insertable = false, updatable = false)
    private int weightCopy;
}
