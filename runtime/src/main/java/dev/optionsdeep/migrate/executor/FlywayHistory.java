package dev.optionsdeep.migrate.executor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What Flyway's history table says of a database moving to Migrate: the last version it applied.
 * A baseline keeps the table as it is and names that version in Migrate's own history, so the way
 * back to what Flyway did stays written down.
 *
 * @param table       the history table, as found through the connection's search path
 * @param version     the last version applied successfully; null when only repeatable migrations ran
 * @param description that version's description
 * @param checksum    that version's checksum; null for a Java migration or a baseline row
 * @param applied     how many migrations Flyway applied successfully, repeatable ones included
 * @param failed      how many it recorded as failed
 */
public record FlywayHistory(String table, String version, String description, Integer checksum, int applied,
                            int failed) {

    /** Flyway's default table name. */
    public static final String DEFAULT_TABLE = "flyway_schema_history";

    private static final String LAST = """
            SELECT version, description, checksum FROM %s
             WHERE success AND version IS NOT NULL
             ORDER BY installed_rank DESC LIMIT 1
            """;

    /** The history in {@code table} of the connection's search path, or empty when there is no such table. */
    public static Optional<FlywayHistory> read(Connection c, String table) throws SQLException {
        String found = Jdbc.scalar(c, "SELECT to_regclass(?)::text", String.class, table);
        if (found == null) {
            return Optional.empty();
        }
        Object[] last = Jdbc.query(c, LAST.formatted(found), rs -> rs.next()
                ? new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class)} : new Object[3]);
        int applied = count(c, found, "success");
        int failed = count(c, found, "NOT success");
        return Optional.of(new FlywayHistory(found, (String) last[0], (String) last[1], (Integer) last[2], applied, failed));
    }

    private static int count(Connection c, String table, String condition) throws SQLException {
        return Jdbc.scalar(c, "SELECT count(*)::int FROM " + table + " WHERE " + condition, Integer.class);
    }

    /** One line for the history and the log. */
    public String describe() {
        String at = version == null ? "no versioned migration"
                : "version " + version + " (" + description + (checksum == null ? "" : ", checksum " + checksum) + ")";
        return "Flyway's history kept in " + table + ": at " + at + ", " + applied + " migration"
                + (applied == 1 ? "" : "s") + " applied" + (failed == 0 ? "" : ", " + failed + " failed");
    }
}
