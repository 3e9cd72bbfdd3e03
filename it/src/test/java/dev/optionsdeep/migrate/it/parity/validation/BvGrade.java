package dev.optionsdeep.migrate.it.parity.validation;

/** A grade, stored by name. */
public enum BvGrade {
    A, B, C
}
