package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A storage bin keyed by aisle and slot: the composite key the relationships below reference. */
@Entity
public class Bin {
    @EmbeddedId private BinKey key;
    private Integer capacity;
}
