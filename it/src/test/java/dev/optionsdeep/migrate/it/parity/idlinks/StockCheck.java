package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A read-only primitive copy of a key column that a relationship inside the key maps. */
@Entity
public class StockCheck {
    @EmbeddedId private StockCheckId id;
    @Column(insertable = false, updatable = false) private long depotId;
    private boolean passed;
}
