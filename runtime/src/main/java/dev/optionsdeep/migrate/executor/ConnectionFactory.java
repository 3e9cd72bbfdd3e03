package dev.optionsdeep.migrate.executor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a migrator gets its connection: connection settings (the Maven goals) or an application's
 * own {@link DataSource} (migration at start-up). Failures come back as
 * {@link DatabaseConnectionException}s that say what to fix.
 */
public interface ConnectionFactory {

    /** A new connection, owned by the caller. */
    Connection open();

    /** Turns a failure while talking to the database into an exception that says what to fix. */
    RuntimeException failure(SQLException e);

    /** The schema a migration creates when missing, under its lock; empty for none. */
    default java.util.Optional<String> schema() {
        return java.util.Optional.empty();
    }

    /** Whether the connections come with their own {@code lock_timeout}, which then wins over a migration's. */
    default boolean setsLockTimeout() {
        return false;
    }

    static ConnectionFactory of(ConnectionSettings settings) {
        return new ConnectionFactory() {
            @Override
            public Connection open() {
                return Connections.open(settings);
            }

            @Override
            public RuntimeException failure(SQLException e) {
                return Connections.translate(settings, e);
            }

            @Override
            public java.util.Optional<String> schema() {
                return java.util.Optional.ofNullable(settings.schema());
            }

            @Override
            public boolean setsLockTimeout() {
                return settings.session().containsKey("lock_timeout");
            }
        };
    }

    static ConnectionFactory of(DataSource dataSource) {
        return new ConnectionFactory() {
            @Override
            public Connection open() {
                try {
                    return dataSource.getConnection();
                } catch (SQLException e) {
                    throw failure(e);
                }
            }

            @Override
            public RuntimeException failure(SQLException e) {
                return new DatabaseConnectionException(DatabaseConnectionException.Reason.OTHER,
                        "the data source failed: " + e.getMessage(), e);
            }
        };
    }
}
