package dev.optionsdeep.migrate.support;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A freshly created PostgreSQL database for each test, dropped afterwards. Register with
 * {@code @RegisterExtension final TestDatabase db = new TestDatabase();}.
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {

    private String name;

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        name = "migrate_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public String name() {
        return name;
    }

    public ConnectionSettings settings() {
        return new ConnectionSettings(PostgresServer.url(name), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(PostgresServer.url(name), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Runs a query and returns its rows, each row's columns joined with {@code |}. */
    public List<String> rows(String sql) throws SQLException {
        try (Connection c = connect()) {
            return rows(c, sql);
        }
    }

    /** Runs a query on a connection and returns its rows, each row's columns joined with {@code |}. */
    public static List<String> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresServer.url("postgres"), PostgresServer.USER,
                PostgresServer.PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
