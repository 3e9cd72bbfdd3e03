package dev.optionsdeep.migrate.executor;

import java.time.Duration;
import java.util.Objects;

/**
 * How a migration waits for locks.
 *
 * @param migrationLockWait how long to wait for another migration of the same database (the migration lock)
 * @param tableLockTimeout PostgreSQL's {@code lock_timeout} while migrating: how long one statement
 *                         waits for a table lock before it fails, so that a migration never queues
 *                         every reader of a busy table behind its request; null keeps the session's own
 *                         setting, zero waits forever
 * @param retries          how many times a revision that failed on {@code lock_timeout} runs again
 * @param backoff          the pause before the first retry, doubled before each further one
 */
public record Locking(Duration migrationLockWait, Duration tableLockTimeout, int retries, Duration backoff) {

    public Locking {
        Objects.requireNonNull(migrationLockWait, "migrationLockWait");
        Objects.requireNonNull(backoff, "backoff");
        if (retries < 0) {
            throw new IllegalArgumentException("retries cannot be negative: " + retries);
        }
        if (tableLockTimeout != null && tableLockTimeout.isNegative()) {
            throw new IllegalArgumentException("the table lock timeout cannot be negative: " + tableLockTimeout);
        }
    }

    /** Wait 60 s for the migration lock; 5 s for a table lock, then 3 retries after 1, 2 and 4 s. */
    public static Locking defaults() {
        return new Locking(Duration.ofSeconds(60), Duration.ofSeconds(5), 3, Duration.ofSeconds(1));
    }

    public Locking withMigrationLockWait(Duration wait) {
        return new Locking(wait, tableLockTimeout, retries, backoff);
    }

    public Locking withTableLockTimeout(Duration timeout) {
        return new Locking(migrationLockWait, timeout, retries, backoff);
    }

    public Locking withRetries(int retries, Duration backoff) {
        return new Locking(migrationLockWait, tableLockTimeout, retries, backoff);
    }

    /** The pause before retry {@code attempt} (1 for the first). */
    Duration pause(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
