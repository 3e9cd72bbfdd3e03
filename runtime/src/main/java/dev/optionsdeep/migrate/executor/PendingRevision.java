package dev.optionsdeep.migrate.executor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A revision in progress across several transactions: one with a step that cannot run in a
 * transaction. Its row in {@code migrate_pending} commits with the steps before that step, so after
 * an interruption the database says which revision is half applied and where to resume.
 *
 * @param direction {@code upgrade} or {@code downgrade}
 * @param from      the revisions the database was at when the move started ({@code base} when none)
 * @param to        the revisions the move leads to
 * @param stepsDone how many of the revision's steps have committed
 */
public record PendingRevision(String revision, String direction, String from, String to, int stepsDone,
                              OffsetDateTime startedAt) {

    static final String TABLE = "migrate_pending";

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " (\n"
            + "    revision character varying(64) NOT NULL,\n"
            + "    direction character varying(10) NOT NULL,\n"
            + "    from_revisions character varying(400) NOT NULL,\n"
            + "    to_revisions character varying(400) NOT NULL,\n"
            + "    steps_done integer NOT NULL,\n"
            + "    started_at timestamp(6) with time zone NOT NULL DEFAULT clock_timestamp(),\n"
            + "    CONSTRAINT " + TABLE + "_pkey PRIMARY KEY (revision)\n"
            + ")";

    /** The revision in progress, if any. */
    static Optional<PendingRevision> read(Connection c) throws SQLException {
        if (!Jdbc.scalar(c, "SELECT to_regclass(?) IS NOT NULL", Boolean.class, TABLE)) {
            return Optional.empty();
        }
        return Jdbc.query(c, "SELECT revision, direction, from_revisions, to_revisions, steps_done, started_at FROM "
                + TABLE + " LIMIT 1", PendingRevision::first);
    }

    private static Optional<PendingRevision> first(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        return Optional.of(new PendingRevision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getObject(6, OffsetDateTime.class)));
    }

    /** Records, in the open transaction, that {@code revision} has committed its first {@code stepsDone} steps. */
    static void mark(Connection c, String revision, String direction, String from, String to, int stepsDone)
            throws SQLException {
        Jdbc.update(c, CREATE);
        Jdbc.update(c, "INSERT INTO " + TABLE + " (revision, direction, from_revisions, to_revisions, steps_done)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (revision) DO UPDATE SET steps_done = excluded.steps_done",
                revision, direction, from, to, stepsDone);
    }

    /** Forgets the revision in progress: it completed, in the same transaction as its version and history rows. */
    static void clear(Connection c, String revision) throws SQLException {
        Jdbc.update(c, "DELETE FROM " + TABLE + " WHERE revision = ?", revision);
    }

    /** In the user's words, for {@code current}, {@code history} and for errors. */
    public String describe() {
        return "revision " + revision + " was interrupted during its " + direction + " from " + from + " to " + to
                + " (started " + startedAt + "): its first " + stepsDone + " step" + (stepsDone == 1 ? "" : "s")
                + " committed, step " + (stepsDone + 1) + " (a step that runs outside a transaction) did not finish";
    }

    /** The command that finishes this revision: the same move again, to a target that includes it. */
    public String resumeCommand() {
        String target = "upgrade".equals(direction) ? revision : to.contains(",") ? "-1" : to;
        return "mvn migrate:" + direction + " -Dtarget=" + target;
    }

    /** What a plain {@code mvn migrate:upgrade} does next with the database in this state. */
    public String nextUpgrade() {
        if ("upgrade".equals(direction)) {
            return "mvn migrate:upgrade resumes it at step " + (stepsDone + 1);
        }
        return "mvn migrate:upgrade refuses to run until it is finished: " + resumeCommand() + " resumes it at step "
                + (stepsDone + 1);
    }
}
