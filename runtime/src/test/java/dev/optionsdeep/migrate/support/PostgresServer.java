package dev.optionsdeep.migrate.support;

/**
 * Where the tests' PostgreSQL is: 127.0.0.1:5432 as user postgres (password postgres) unless the
 * environment says otherwise with MIGRATE_TEST_PGHOST, MIGRATE_TEST_PGPORT, MIGRATE_TEST_PGUSER and
 * MIGRATE_TEST_PGPASSWORD. {@code .ci/run} makes sure such a server is running.
 */
public final class PostgresServer {

    public static final String HOST = env("MIGRATE_TEST_PGHOST", "127.0.0.1");
    public static final String PORT = env("MIGRATE_TEST_PGPORT", "5432");
    public static final String USER = env("MIGRATE_TEST_PGUSER", "postgres");
    public static final String PASSWORD = env("MIGRATE_TEST_PGPASSWORD", "postgres");

    private PostgresServer() {
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
