package dev.optionsdeep.migrate.executor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The version table (the revisions the database is at: its heads) and the history table (every
 * step applied or reverted). Both live in the migrated database itself, so they commit in the
 * same transaction as the step they record.
 */
final class VersionTables {

    static final String VERSION = "migrate_version";
    static final String HISTORY = "migrate_history";

    /** The statements that create both tables unless they exist; SQL scripts start with them too. */
    static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS " + VERSION + " (\n"
                + "    revision character varying(64) NOT NULL,\n"
                + "    CONSTRAINT " + VERSION + "_pkey PRIMARY KEY (revision)\n"
                + ")",
            "CREATE TABLE IF NOT EXISTS " + HISTORY + " (\n"
                + "    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,\n"
                // A stamp records every revision it sets, hence as wide as from/to.
                + "    revision character varying(400) NOT NULL,\n"
                + "    direction character varying(10) NOT NULL,\n"
                + "    from_revisions character varying(400) NOT NULL,\n"
                + "    to_revisions character varying(400) NOT NULL,\n"
                + "    message text NOT NULL,\n"
                + "    checksum character varying(80),\n"
                + "    applied_by text NOT NULL DEFAULT current_user,\n"
                + "    applied_at timestamp(6) with time zone NOT NULL DEFAULT clock_timestamp(),\n"
                + "    duration_ms bigint NOT NULL,\n"
                + "    CONSTRAINT " + HISTORY + "_pkey PRIMARY KEY (id),\n"
                + "    CONSTRAINT " + HISTORY + "_direction_check CHECK (direction IN ('upgrade', 'downgrade', 'stamp'))\n"
                + ")");

    // Plain JDBC: commons-dbutils asks the server for parameter metadata before every
    // parameterised statement, a round trip per statement on the path of every revision.

    boolean exist(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, VERSION);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : CREATE) {
                s.execute(statement);
            }
        }
    }

    /** The revisions the database is at; empty at base or when the tables do not exist yet. */
    List<String> heads(Connection c) throws SQLException {
        if (!exist(c)) {
            return List.of();
        }
        List<String> heads = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM " + VERSION + " ORDER BY revision")) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    /**
     * Changes the version table from {@code from} (what it holds) to {@code to}, touching only the
     * rows that differ: one {@code UPDATE} for a step along one line of history.
     */
    void moveHeads(Connection c, Collection<String> from, Collection<String> to) throws SQLException {
        List<String> gone = from.stream().filter(h -> !to.contains(h)).toList();
        List<String> added = to.stream().filter(h -> !from.contains(h)).toList();
        if (gone.size() == 1 && added.size() == 1) {
            update(c, "UPDATE " + VERSION + " SET revision = ? WHERE revision = ?", added.get(0), gone.get(0));
            return;
        }
        for (String head : gone) {
            update(c, "DELETE FROM " + VERSION + " WHERE revision = ?", head);
        }
        for (String head : added) {
            update(c, "INSERT INTO " + VERSION + " (revision) VALUES (?)", head);
        }
    }

    void record(Connection c, String revision, String direction, List<String> from, List<String> to,
                String message, String checksum, Duration duration) throws SQLException {
        update(c, "INSERT INTO " + HISTORY
                        + " (revision, direction, from_revisions, to_revisions, message, checksum, duration_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                revision, direction, joined(from), joined(to), message, checksum, duration.toMillis());
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    static String joined(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(",", new ArrayList<>(revisions));
    }
}
