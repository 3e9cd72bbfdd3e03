package dev.optionsdeep.migrate.it.parity.onetable;

/** An identity's status, kept by name (with Hibernate's check of the names, on the column both entities map). */
public enum OtStatus {
    ACTIVE, INACTIVE, DELETED
}
