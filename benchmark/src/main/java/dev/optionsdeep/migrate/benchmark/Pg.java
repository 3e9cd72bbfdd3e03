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

    /**
     * Asks the server for a checkpoint, so that a timed run does not pay for one the server starts during it (a
     * checkpoint makes the next change of every page write the whole page to the WAL). Needs a superuser or, from
     * PostgreSQL 15, the role pg_checkpoint; without it, the runs go on without, and the benchmark says so once.
     */
    static void checkpoint() {
        if (checkpointRefused) {
            return;
        }
        try {
            admin("CHECKPOINT");
        } catch (SQLException e) {
            checkpointRefused = true;
            System.err.println("no CHECKPOINT before each timed run (" + e.getMessage().strip() + "): apply figures may vary more");
        }
    }

    private static boolean checkpointRefused;

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
