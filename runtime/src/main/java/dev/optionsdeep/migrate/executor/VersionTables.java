package dev.optionsdeep.migrate.executor;

import org.apache.commons.dbutils.QueryRunner;
import org.apache.commons.dbutils.handlers.ArrayListHandler;
import org.apache.commons.dbutils.handlers.ColumnListHandler;
import org.apache.commons.dbutils.handlers.ScalarHandler;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version table (the revisions the database is at: its heads) and the history table (every
 * step applied or reverted). Both live in the migrated database itself, so they commit in the
 * same transaction as the step they record.
 */
final class VersionTables {

    static final String VERSION = "migrate_version";
    static final String HISTORY = "migrate_history";

    /** What a history row records: a revision applied, reverted, stamped, or its changed code accepted. */
    static final String DIRECTIONS = "('upgrade', 'downgrade', 'stamp', 'accept')";

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
                + "    checksum_steps text,\n"
                + "    applied_by text NOT NULL DEFAULT current_user,\n"
                + "    applied_at timestamp(6) with time zone NOT NULL DEFAULT clock_timestamp(),\n"
                + "    duration_ms bigint NOT NULL,\n"
                + "    CONSTRAINT " + HISTORY + "_pkey PRIMARY KEY (id),\n"
                + "    CONSTRAINT " + HISTORY + "_direction_check CHECK (direction IN " + DIRECTIONS + ")\n"
                + ")",
            // Tables created before checksums were validated: the step hashes, and accepted checksums.
            "ALTER TABLE " + HISTORY + " ADD COLUMN IF NOT EXISTS checksum_steps text",
            "ALTER TABLE " + HISTORY + " DROP CONSTRAINT IF EXISTS " + HISTORY + "_direction_check,"
                + " ADD CONSTRAINT " + HISTORY + "_direction_check CHECK (direction IN " + DIRECTIONS + ")");


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
                String message, Checksum checksum, Duration duration) throws SQLException {
        sql.update(c, "INSERT INTO " + HISTORY
                        + " (revision, direction, from_revisions, to_revisions, message, checksum, checksum_steps, duration_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                revision, direction, joined(from), joined(to), message, checksum == null ? null : checksum.value(),
                checksum == null ? null : checksum.stepsText(), duration.toMillis());
    }

    /** Records that {@code by} accepted a revision's code as it is now; the database stays where it is. */
    void recordAccepted(Connection c, String revision, List<String> heads, String message, Checksum checksum, String by)
            throws SQLException {
        sql.update(c, "INSERT INTO " + HISTORY + " (revision, direction, from_revisions, to_revisions, message, checksum,"
                        + " checksum_steps, applied_by, duration_ms) VALUES (?, 'accept', ?, ?, ?, ?, ?,"
                        + " ? || ' (database user ' || current_user || ')', 0)",
                revision, joined(heads), joined(heads), message, checksum.value(), checksum.stepsText(), by);
    }

    /** The checksum an upgrade or accept last recorded for a revision; {@code steps} null when not recorded. */
    record Recorded(String revision, String checksum, String steps) {
    }

    /**
     * Per revision, what its latest upgrade or accept recorded; reads only, also tables created
     * before the history kept step hashes.
     */
    Map<String, Recorded> recordedChecksums(Connection c) throws SQLException {
        if (!exist(c)) {
            return Map.of();
        }
        boolean withSteps = sql.query(c, "SELECT count(*) > 0 FROM pg_attribute WHERE attrelid = to_regclass(?)"
                + " AND attname = 'checksum_steps' AND NOT attisdropped", new ScalarHandler<Boolean>(), HISTORY);
        List<Object[]> rows = sql.query(c, "SELECT DISTINCT ON (revision) revision, checksum, "
                + (withSteps ? "checksum_steps" : "NULL") + " FROM " + HISTORY
                + " WHERE direction IN ('upgrade', 'accept') ORDER BY revision, id DESC", new ArrayListHandler());
        Map<String, Recorded> recorded = new TreeMap<>();
        rows.forEach(r -> recorded.put((String) r[0], new Recorded((String) r[0], (String) r[1], (String) r[2])));
        return recorded;
    }

    static String joined(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(",", new ArrayList<>(revisions));
    }
}
