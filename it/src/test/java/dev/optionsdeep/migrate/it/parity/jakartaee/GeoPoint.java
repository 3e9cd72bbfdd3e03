package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.Embeddable;

/** Innermost value object: its columns are named by whoever embeds it. */
@Embeddable
public class GeoPoint {

    private double latitude;

    private double longitude;
}
