package dev.optionsdeep.migrate.executor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A PostgreSQL session advisory lock that serialises migrations of one database. Taken with
 * {@code pg_try_advisory_lock} in a bounded polling loop, so a waiting migration can report who
 * holds the lock and give up; held by the session, so a crashed process never leaves it stuck.
 * Advisory locks are per database, so one fixed key serves every migrated database.
 */
final class AdvisoryLock implements AutoCloseable {

    /** "migrate" in ASCII: an arbitrary key unlikely to clash with an application's own locks. */
    static final long KEY = 0x6d6967726174650L;

    private final Connection connection;

    private AdvisoryLock(Connection connection) {
        this.connection = connection;
    }

    static AdvisoryLock acquire(Connection connection, Duration timeout, dev.optionsdeep.migrate.Log log)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        long pause = 50;
        while (true) {
            if (Boolean.TRUE.equals(Jdbc.scalar(connection, "SELECT pg_try_advisory_lock(?)", Boolean.class, KEY))) {
                return new AdvisoryLock(connection);
            }
            if (!told) {
                log.info("Waiting for another migration of this database to finish (" + holder(connection) + ")");
                told = true;
            }
            if (System.nanoTime() >= deadline) {
                throw new LockTimeoutException("another migration of this database (" + holder(connection)
                        + ") held the migration lock for more than " + timeout.toSeconds()
                        + " s. Wait for it to finish, or raise the lock timeout.");
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 1000);
        }
    }

    private static String holder(Connection connection) throws SQLException {
        String who = Jdbc.scalar(connection,
                "SELECT 'pid ' || a.pid || ', ' || coalesce(nullif(a.application_name, ''), 'unnamed client')"
                        + " || ', user ' || a.usename || coalesce(', from ' || host(a.client_addr), '')"
                        + " || ', connected since ' || to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC'"
                        + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                        + " WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " AND ((l.classid::bigint << 32) | l.objid::bigint) = ? LIMIT 1",
                String.class, KEY);
        return who == null ? "holder unknown" : who;
    }

    /** Releases the lock; when the session is gone, so is its lock, and there is nothing to release. */
    @Override
    public void close() throws SQLException {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
                Jdbc.scalar(connection, "SELECT pg_advisory_unlock(?)", Boolean.class, KEY);
            }
        } catch (SQLException e) {
            if (!connection.isClosed()) {
                throw e;
            }
        }
    }
}
