package dev.optionsdeep.migrate.executor;

/** The database could not be reached or refused us; the message says which and how to fix it. */
public final class DatabaseConnectionException extends RuntimeException {

    /** Why the connection failed. */
    public enum Reason { DATABASE_MISSING, UNREACHABLE, AUTHENTICATION_FAILED, OTHER }

    private final Reason reason;

    DatabaseConnectionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
