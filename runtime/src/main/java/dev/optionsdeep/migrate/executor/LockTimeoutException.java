package dev.optionsdeep.migrate.executor;

/** Another migration held the database's migration lock for longer than the lock timeout. */
public final class LockTimeoutException extends RuntimeException {

    LockTimeoutException(String message) {
        super(message);
    }
}
