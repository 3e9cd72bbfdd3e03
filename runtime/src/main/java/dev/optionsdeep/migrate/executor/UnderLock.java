package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs work on a new connection that holds the database's migration lock, as upgrade does, so that
 * it never sees (or interleaves with) a migration half-way.
 */
final class UnderLock {

    /** Work on the locked connection. */
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private UnderLock() {
    }

    static <T> T run(ConnectionFactory connections, Duration lockTimeout, Log log, Work<T> work) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            try (AdvisoryLock ignored = AdvisoryLock.acquire(c, lockTimeout, log)) {
                return work.on(c);
            }
        } catch (SQLException e) {
            throw connections.failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lock", e);
        }
    }
}
