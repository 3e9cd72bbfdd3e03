package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.Embeddable;

@Embeddable
public class ShelfPosition {
    private String aisle;
    private Integer shelf;
}
