package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

import java.math.BigDecimal;

/** The specification's order line: keyed by its order and its line number. */
@Entity
public class PurchaseLine {
    @EmbeddedId private PurchaseLineId id;
    @MapsId("purchaseId") @ManyToOne private Purchase purchase;
    private int quantity;
    @Column(precision = 10, scale = 2) private BigDecimal price;
}
