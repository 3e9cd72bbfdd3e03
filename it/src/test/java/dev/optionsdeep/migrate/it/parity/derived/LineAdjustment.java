package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** A grandchild: its key holds its line's derived key. */
@Entity
public class LineAdjustment {
    @EmbeddedId private LineAdjustmentId id;
    @MapsId("lineId") @ManyToOne private PurchaseLine line;
    private String reason;
}
