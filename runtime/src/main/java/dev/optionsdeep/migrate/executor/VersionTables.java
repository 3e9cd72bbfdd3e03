package dev.optionsdeep.migrate.executor;

import org.apache.commons.dbutils.QueryRunner;
import org.apache.commons.dbutils.handlers.ColumnListHandler;
import org.apache.commons.dbutils.handlers.ScalarHandler;

import java.sql.Connection;
import java.sql.SQLException;
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

    private final QueryRunner sql = new QueryRunner();

    boolean exist(Connection c) throws SQLException {
        return sql.query(c, "SELECT to_regclass(?) IS NOT NULL", new ScalarHandler<Boolean>(), VERSION);
    }

    void create(Connection c) throws SQLException {
        for (String statement : CREATE) {
            sql.execute(c, statement);
        }
    }

    /** The revisions the database is at; empty at base or when the tables do not exist yet. */
    List<String> heads(Connection c) throws SQLException {
        if (!exist(c)) {
            return List.of();
        }
        return sql.query(c, "SELECT revision FROM " + VERSION + " ORDER BY revision", new ColumnListHandler<String>());
    }

    void replaceHeads(Connection c, Collection<String> heads) throws SQLException {
        sql.update(c, "DELETE FROM " + VERSION);
        for (String head : heads) {
            sql.update(c, "INSERT INTO " + VERSION + " (revision) VALUES (?)", head);
        }
    }

    void record(Connection c, String revision, String direction, List<String> from, List<String> to,
                String message, String checksum, Duration duration) throws SQLException {
        sql.update(c, "INSERT INTO " + HISTORY
                        + " (revision, direction, from_revisions, to_revisions, message, checksum, duration_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                revision, direction, joined(from), joined(to), message, checksum, duration.toMillis());
    }

    static String joined(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(",", new ArrayList<>(revisions));
    }
}
