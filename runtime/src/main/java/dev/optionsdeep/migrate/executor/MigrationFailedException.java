package dev.optionsdeep.migrate.executor;

/**
 * A revision failed. The message names the revision, the statement, PostgreSQL's error and what the
 * failure left: rolled back (the schema, the version table and the history are as they were before
 * it started), or, for a revision with a step outside a transaction, in the middle of it.
 */
public final class MigrationFailedException extends RuntimeException {

    private final String revision;
    private final String statement;

    MigrationFailedException(String revision, String statement, String message, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.statement = statement;
    }

    /** Whether a statement gave up waiting for a table lock ({@code lock_timeout}): a retry may succeed. */
    boolean waitedTooLongForALock() {
        return getCause() instanceof java.sql.SQLException e && "55P03".equals(e.getSQLState());
    }

    public String revision() {
        return revision;
    }

    /** The statement that failed, or null when the migration's own code failed outside a statement. */
    public String statement() {
        return statement;
    }
}
