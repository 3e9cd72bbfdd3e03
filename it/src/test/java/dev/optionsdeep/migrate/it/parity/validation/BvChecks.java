package dev.optionsdeep.migrate.it.parity.validation;

/** Validation groups. */
public final class BvChecks {

    private BvChecks() {
    }

    /** Checked on creation only. */
    public interface OnCreate {
    }
}
