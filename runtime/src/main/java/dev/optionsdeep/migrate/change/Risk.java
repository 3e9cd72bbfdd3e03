package dev.optionsdeep.migrate.change;

/**
 * What applying a change to a table that holds rows may cost, on PostgreSQL. A change has none, one
 * or several; none means safe: it only touches the catalog, or holds its lock for a moment.
 */
public enum Risk {

    /** Every row is copied into a new file, under an ACCESS EXCLUSIVE lock for the whole time (no reads, no writes). */
    REWRITES_TABLE("rewrites the table"),
    /** No rewrite, but the table is scanned or an index built while a lock blocks writes (or all access). */
    LOCKS_TABLE("locks the table while it scans"),
    /** Existing rows may make the step fail (the revision then rolls back and nothing changes). */
    MAY_FAIL_ON_DATA("may fail on existing data"),
    /** Data may be gone afterwards: a dropped table or column, values cut or rounded, a sequence position. */
    MAY_LOSE_DATA("may lose data");

    private final String words;

    Risk(String words) {
        this.words = words;
    }

    /** The risk in the user's words, as {@code migrate:revision} prints it: {@code rewrites the table}. */
    public String words() {
        return words;
    }
}
