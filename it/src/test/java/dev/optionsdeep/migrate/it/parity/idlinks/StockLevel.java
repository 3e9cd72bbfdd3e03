package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class StockLevel {
    @EmbeddedId private StockLevelId id;
    private int quantity;
}
