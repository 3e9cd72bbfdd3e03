package dev.optionsdeep.migrate.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The PostgreSQL server measured on (MIGRATE_BENCH_PG* or 127.0.0.1:5432, postgres/postgres), and its databases. */
final class Pg {

    static final String HOST = env("MIGRATE_BENCH_PGHOST", "127.0.0.1:5432");
    static final String USER = env("MIGRATE_BENCH_PGUSER", "postgres");
    static final String PASSWORD = env("MIGRATE_BENCH_PGPASSWORD", "postgres");

    private Pg() {
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + "/" + database;
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** A new empty database; its URL. */
    static String create() throws SQLException {
        String name = "migrate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        return url(name);
    }

    static void drop(String url) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = connect(url("postgres")); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
