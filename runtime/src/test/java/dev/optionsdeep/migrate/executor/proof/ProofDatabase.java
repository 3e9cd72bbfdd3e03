package dev.optionsdeep.migrate.executor.proof;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.support.PostgresServer;
import dev.optionsdeep.migrate.support.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/** A database of its own for one round of a proof, created on construction and dropped on close. */
final class ProofDatabase implements AutoCloseable {

    final String name = "migrate_proof_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    ProofDatabase() throws SQLException {
        admin("CREATE DATABASE " + name);
    }

    String url() {
        return PostgresServer.url(name);
    }

    ConnectionSettings settings() {
        return new ConnectionSettings(url(), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** The rows of a query, each row's columns joined with {@code |}. */
    List<String> rows(String sql) throws SQLException {
        try (Connection c = connect()) {
            return TestDatabase.rows(c, sql);
        }
    }

    /**
     * Waits until no other session is connected: a killed client's server session lives on until it
     * notices, for example at the end of a statement such as {@code pg_sleep}.
     */
    void awaitNoOtherSession() throws SQLException, InterruptedException {
        for (int i = 0; i < 1500; i++) {
            if (rows("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()").isEmpty()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("a session of " + name + " outlived its client by 15 s");
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresServer.url("postgres"), PostgresServer.USER,
                PostgresServer.PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
