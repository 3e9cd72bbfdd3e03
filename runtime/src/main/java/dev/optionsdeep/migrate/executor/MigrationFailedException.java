package dev.optionsdeep.migrate.executor;

/**
 * A revision failed and was rolled back: the schema, the version table and the history are as they
 * were before it started. The message names the revision, the statement and PostgreSQL's error.
 */
public final class MigrationFailedException extends RuntimeException {

    private final String revision;
    private final String statement;

    MigrationFailedException(String revision, String statement, String message, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.statement = statement;
    }

    public String revision() {
        return revision;
    }

    /** The statement that failed, or null when the migration's own code failed outside a statement. */
    public String statement() {
        return statement;
    }
}
