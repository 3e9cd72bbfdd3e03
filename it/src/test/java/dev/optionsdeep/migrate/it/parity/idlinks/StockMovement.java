package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An ordinary entity referencing a key made of relationships. */
@Entity
public class StockMovement {
    @Id @GeneratedValue private Long id;
    @ManyToOne private StockLevel stockLevel;
    private int delta;
}
