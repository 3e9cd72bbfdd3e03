package dev.optionsdeep.migrate.it.parity.types;

/** A one-letter code, stored by name. */
public enum Grade {
    A, B, C
}
