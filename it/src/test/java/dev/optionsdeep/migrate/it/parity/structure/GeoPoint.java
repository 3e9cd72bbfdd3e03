package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.Embeddable;

/** Nested in Address; its primitive is nullable, as the embedded value may be null. */
@Embeddable
public class GeoPoint {
    private double latitude;
    private Double longitude;
}
