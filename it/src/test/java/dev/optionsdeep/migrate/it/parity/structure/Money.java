package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Field access of its own, so that it maps the same in Warehouse (fields) and in Supplier (getters). */
@Embeddable
@Access(AccessType.FIELD)
public class Money extends Amount {
    @Basic(optional = false) private BigDecimal amount;
    @Column(nullable = false) private boolean rounded;
    private transient int cache;
}
