package dev.optionsdeep.migrate.it.parity.jakartaee;

/** Stored by ordinal, the JPA default. */
public enum SessionKind {
    KEYNOTE, TALK, WORKSHOP
}
