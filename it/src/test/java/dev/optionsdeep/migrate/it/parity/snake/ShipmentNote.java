package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The table name comes from the class name. */
@Entity
public class ShipmentNote {
    @Id private Long noteId;
    private String text;
}
