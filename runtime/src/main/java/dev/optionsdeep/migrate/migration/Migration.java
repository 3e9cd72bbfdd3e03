package dev.optionsdeep.migrate.migration;

/**
 * A revision's code. {@code migrate:revision} writes these; edit them freely before they are
 * applied anywhere. Every call on {@code ops} is one step, run in the revision's transaction.
 */
public interface Migration {

    /** Moves the database from the parent revision to this one. */
    void upgrade(Operations ops);

    /** Moves the database from this revision back to its parent; the exact inverse of {@link #upgrade}. */
    void downgrade(Operations ops);
}
