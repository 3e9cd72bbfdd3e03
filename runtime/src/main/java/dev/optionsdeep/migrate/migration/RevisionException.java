package dev.optionsdeep.migrate.migration;

/**
 * The user named a revision or target that does not fit the revision graph or the database: an
 * unknown or ambiguous id, an impossible relative move, a downgrade target ahead of the database.
 * The message says what was asked, what exists, and what to do.
 */
public final class RevisionException extends RuntimeException {

    public RevisionException(String message) {
        super(message);
    }

    public RevisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
