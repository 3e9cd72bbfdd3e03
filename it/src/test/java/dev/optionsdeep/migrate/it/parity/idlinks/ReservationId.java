package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;

/** A grandchild: the key holds a relationship to an entity whose key is itself relationships. */
@Embeddable
public class ReservationId implements Serializable {
    @ManyToOne private StockLevel stockLevel;
    private int lineNo;
}
