package dev.optionsdeep.migrate.it.parity.jhipster;

/** Stored by name. */
public enum BlogStatus {
    DRAFT, LIVE, ARCHIVED
}
