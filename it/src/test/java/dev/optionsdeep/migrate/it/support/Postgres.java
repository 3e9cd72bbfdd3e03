package dev.optionsdeep.migrate.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' PostgreSQL server (127.0.0.1:5432, postgres/postgres unless MIGRATE_TEST_PG* say
 * otherwise) and the databases the tests create on it.
 */
public final class Postgres {

    public static final String HOST = env("MIGRATE_TEST_PGHOST", "127.0.0.1");
    public static final String PORT = env("MIGRATE_TEST_PGPORT", "5432");
    public static final String USER = env("MIGRATE_TEST_PGUSER", "postgres");
    public static final String PASSWORD = env("MIGRATE_TEST_PGPASSWORD", "postgres");

    private Postgres() {
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** The role that must log in with a password; {@code .ci/ensure-postgres} creates it. */
    public static final String PASSWORD_ROLE = "migrate_password_test";
    public static final String PASSWORD_ROLE_PASSWORD = "migrate-secret-pw";

    public static void create(String database) throws SQLException {
        admin("CREATE DATABASE \"" + database + "\"");
    }

    public static void create(String database, String owner) throws SQLException {
        admin("CREATE DATABASE \"" + database + "\" OWNER " + owner);
    }

    public static void drop(String database) throws SQLException {
        admin("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
    }

    /** A query's rows, each row's columns joined with {@code |}. */
    public static List<String> rows(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database), USER, PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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

    /** Runs one statement in a database of the tests' server, as a DBA changing it by hand would. */
    public static void execute(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
