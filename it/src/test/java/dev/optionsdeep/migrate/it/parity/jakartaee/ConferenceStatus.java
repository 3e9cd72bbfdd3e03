package dev.optionsdeep.migrate.it.parity.jakartaee;

/** Stored by name. */
public enum ConferenceStatus {
    PLANNED, OPEN, CLOSED, CANCELLED
}
