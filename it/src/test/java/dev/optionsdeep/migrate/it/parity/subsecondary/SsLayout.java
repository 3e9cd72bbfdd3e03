package dev.optionsdeep.migrate.it.parity.subsecondary;

/** Stored by ordinal. */
public enum SsLayout {
    MAVEN, GRADLE, PLAIN
}
