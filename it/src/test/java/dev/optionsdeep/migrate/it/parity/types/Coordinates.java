package dev.optionsdeep.migrate.it.parity.types;

/** A Serializable value class with no mapping annotation: Hibernate stores it serialized. */
public record Coordinates(double latitude, double longitude) implements java.io.Serializable {
}
