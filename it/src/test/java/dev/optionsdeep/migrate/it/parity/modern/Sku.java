package dev.optionsdeep.migrate.it.parity.modern;

/** A stock-keeping unit: a value type stored as text by an auto-applied converter. */
public record Sku(String code) {
}
