package dev.optionsdeep.migrate.executor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL's {@code lock_timeout} for the length of a migration run, then the session's own value
 * again: a connection from an application's pool goes back as it came.
 */
final class SessionLockTimeout implements AutoCloseable {

    private final Connection connection;
    private final String previous;

    private SessionLockTimeout(Connection connection, String previous) {
        this.connection = connection;
        this.previous = previous;
    }

    /** Sets {@code timeout} on the session; null leaves the session's setting as it is. */
    static SessionLockTimeout set(Connection c, Duration timeout) throws SQLException {
        if (timeout == null) {
            return new SessionLockTimeout(c, null);
        }
        String previous = Jdbc.scalar(c, "SELECT current_setting('lock_timeout')", String.class);
        setting(c, timeout.toMillis() + "ms");
        return new SessionLockTimeout(c, previous);
    }

    /** The timeout as the log shows it: {@code 5 s}, {@code 250 ms}, or {@code the session's}. */
    static String words(Duration timeout) {
        if (timeout == null) {
            return "the session's";
        }
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static void setting(Connection c, String value) throws SQLException {
        Jdbc.scalar(c, "SELECT set_config('lock_timeout', ?, false)", String.class, value);
    }

    @Override
    public void close() throws SQLException {
        try {
            if (previous != null && !connection.isClosed()) {
                connection.setAutoCommit(true);
                setting(connection, previous);
            }
        } catch (SQLException e) {
            if (!connection.isClosed()) {
                throw e; // a lost session takes its settings with it
            }
        }
    }
}
