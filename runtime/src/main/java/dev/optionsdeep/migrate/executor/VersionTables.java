package dev.optionsdeep.migrate.executor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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


    private static final String INSERT_HISTORY = "INSERT INTO " + HISTORY
            + " (revision, direction, from_revisions, to_revisions, message, checksum, checksum_steps, duration_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

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

    /** Creates both tables unless they exist, and brings older ones to this layout: one round trip. */
    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : CREATE) {
                s.addBatch(statement);
            }
            s.executeBatch();
        }
    }

    /**
     * Brings tables an earlier version of Migrate created to this version's layout, and creates nothing where there
     * are none: those are created in the transaction of the first revision or stamp, so that a run refused before
     * it leaves no trace. Tables already in this layout are left alone: re-adding the direction check would lock
     * the history and read all of it on every run.
     *
     * @return whether the tables exist
     */
    boolean upgradeExisting(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL,"
                + " EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = 'checksum_steps'"
                + " AND NOT attisdropped),"
                + " EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(?) AND conname = ?"
                + " AND pg_get_constraintdef(oid) LIKE '%''accept''%')")) {
            s.setString(1, VERSION);
            s.setString(2, HISTORY);
            s.setString(3, HISTORY);
            s.setString(4, HISTORY + "_direction_check");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
                if (rs.getBoolean(2) && rs.getBoolean(3)) {
                    return true;
                }
            }
        }
        create(c);
        return true;
    }

    /** The revisions the database is at; empty at base or when the tables do not exist yet. */
    List<String> heads(Connection c) throws SQLException {
        return exist(c) ? headsOfExisting(c) : List.of();
    }

    /** {@link #heads}, where the tables are known to exist. */
    List<String> headsOfExisting(Connection c) throws SQLException {
        List<String> heads = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM " + VERSION + " ORDER BY revision")) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    /** Makes the version table hold exactly {@code heads}, whatever it held (a stamp, a baseline). */
    void replaceHeads(Connection c, Collection<String> heads) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + VERSION);
        }
        for (String head : heads) {
            update(c, "INSERT INTO " + VERSION + " (revision) VALUES (?)", head);
        }
    }

    /**
     * The statements that change the version table from {@code from} (what it holds) to {@code to},
     * touching only the rows that differ: one {@code UPDATE} for a step along one line of history.
     */
    private static void moveHeads(Collection<String> from, Collection<String> to, List<String> statements,
                                  List<Object> parameters) {
        List<String> gone = from.stream().filter(h -> !to.contains(h)).toList();
        List<String> added = to.stream().filter(h -> !from.contains(h)).toList();
        if (gone.size() == 1 && added.size() == 1) {
            statements.add("UPDATE " + VERSION + " SET revision = ? WHERE revision = ?");
            parameters.addAll(List.of(added.get(0), gone.get(0)));
            return;
        }
        for (String head : gone) {
            statements.add("DELETE FROM " + VERSION + " WHERE revision = ?");
            parameters.add(head);
        }
        for (String head : added) {
            statements.add("INSERT INTO " + VERSION + " (revision) VALUES (?)");
            parameters.add(head);
        }
    }

    /**
     * Records one revision run in the transaction it ran in, in one round trip: checks that the transaction is still
     * {@code transaction} (one the revision's own code ended would have committed part of it; null when no statement
     * ran in it, so there is nothing to check), moves the heads from
     * {@code from} to {@code to} and adds the history row. The caller rolls back when it returns false.
     *
     * @return whether the transaction is still the one the revision started in
     */
    boolean recordRun(Connection c, Long transaction, String revision, String direction, List<String> from,
                      List<String> to, String message, Checksum checksum, Duration duration) throws SQLException {
        List<String> statements = new ArrayList<>(List.of(transaction == null ? "SELECT true" : "SELECT txid_current() = ?"));
        List<Object> parameters = new ArrayList<>();
        if (transaction != null) {
            parameters.add(transaction);
        }
        moveHeads(from, to, statements, parameters);
        statements.add(INSERT_HISTORY);
        parameters.addAll(Arrays.asList(revision, direction, joined(from), joined(to), message,
                checksum == null ? null : checksum.value(), checksum == null ? null : checksum.stepsText(),
                duration.toMillis()));
        // Several statements in one prepared statement: PgJDBC sends them together, in one round trip.
        try (PreparedStatement s = c.prepareStatement(String.join(";\n", statements))) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            s.execute();
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    void record(Connection c, String revision, String direction, List<String> from, List<String> to,
                String message, Checksum checksum, Duration duration) throws SQLException {
        update(c, INSERT_HISTORY, revision, direction, joined(from), joined(to), message, checksum == null ? null : checksum.value(),
                checksum == null ? null : checksum.stepsText(), duration.toMillis());
    }

    /** Records that {@code by} accepted a revision's code as it is now; the database stays where it is. */
    void recordAccepted(Connection c, String revision, List<String> heads, String message, Checksum checksum, String by)
            throws SQLException {
        update(c, "INSERT INTO " + HISTORY + " (revision, direction, from_revisions, to_revisions, message, checksum,"
                        + " checksum_steps, applied_by, duration_ms) VALUES (?, 'accept', ?, ?, ?, ?, ?,"
                        + " ? || ' (database user ' || current_user || ')', 0)",
                revision, joined(heads), joined(heads), message, checksum.value(), checksum.stepsText(), by);
    }

    /**
     * The checksum an upgrade or accept last recorded for a revision, in history row {@code id}; its step hashes are
     * read only for a revision whose checksum differs ({@link #recordedSteps}).
     */
    record Recorded(String revision, String checksum, long id) {
    }

    /**
     * Per revision, what its latest upgrade or accept recorded; reads only, also tables created
     * before the history kept step hashes. The tables must exist (a database with heads has them).
     */
    Map<String, Recorded> recordedChecksums(Connection c) throws SQLException {
        Map<String, Recorded> recorded = new HashMap<>(); // looked up by revision only
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT ON (revision) revision,"
                + " checksum, id FROM " + HISTORY + " WHERE direction IN ('upgrade', 'accept') ORDER BY revision, id DESC")) {
            while (rs.next()) {
                String revision = rs.getString(1);
                recorded.put(revision, new Recorded(revision, rs.getString(2), rs.getLong(3)));
            }
        }
        return recorded;
    }

    /** The step hashes recorded with the checksum ({@code checksum_steps}); null when the history has none. */
    String recordedSteps(Connection c, Recorded recorded) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) > 0 FROM pg_attribute WHERE attrelid ="
                + " to_regclass(?) AND attname = 'checksum_steps' AND NOT attisdropped")) {
            s.setString(1, HISTORY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return null;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT checksum_steps FROM " + HISTORY + " WHERE id = ?")) {
            s.setLong(1, recorded.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
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
