package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A mapped superclass of an embeddable. It needs its own @Access: Hibernate gives it the access type
 * of the entity embedding Money, not Money's, and Supplier uses property access.
 */
@MappedSuperclass
@Access(AccessType.FIELD)
public abstract class Amount {
    @Column(length = 3) private String currency;
}
