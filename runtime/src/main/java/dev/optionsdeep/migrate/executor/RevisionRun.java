package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Runs one revision on the migration connection. Its steps run in one transaction that commits
 * together with its version and history rows. A step that cannot run in a transaction splits it:
 * the steps before it commit with a {@link PendingRevision} row, the step runs on its own, the rest
 * runs in a new transaction that also removes the row. A run that resumes an interrupted revision
 * skips the steps that committed.
 */
final class RevisionRun {

    private final Connection c;
    private final RevisionInfo r;
    private final boolean upgrade;
    private final List<String> from;
    private final List<String> to;
    private final int resumeAt;
    private final Log log;
    private final VersionTables tables;
    /** Whether the version tables may be missing: then the first transaction creates them. */
    private boolean createTables;
    /** Over the revision's steps as its code asks for them (see {@link Checksum}), read before it runs. */
    private Checksum checksum;
    private int next;
    private int committed;
    private boolean pending;
    private boolean commitUnknown;
    /** The id of the open transaction, {@link #UNKNOWN} until a statement of Migrate's has run in it. */
    private long transaction;
    /** Whether the revision's code runs live, with ops.connection(): its JDBC code may run before any step. */
    private boolean live;
    /** The statement the steps run on ({@link #statement()}); null until the first step. */
    private java.sql.Statement jdbc;
    private static final long UNKNOWN = -1;

    /**
     * @param resumeAt     the steps an interrupted run committed ({@link PendingRevision#stepsDone()}), or -1 for a fresh run
     * @param createTables whether the version tables may not exist yet
     */
    RevisionRun(Connection c, RevisionInfo r, boolean upgrade, List<String> from, List<String> to, int resumeAt,
                Log log, VersionTables tables, boolean createTables) {
        this.c = c;
        this.r = r;
        this.upgrade = upgrade;
        this.from = from;
        this.to = to;
        this.resumeAt = Math.max(resumeAt, 0);
        this.committed = this.resumeAt;
        this.pending = resumeAt >= 0;
        this.log = log;
        this.tables = tables;
        this.createTables = createTables;
    }

    /** @param read the revision's code read once, for this direction */
    Step run(ReadAhead read) {
        long start = System.nanoTime();
        checksum = Checksum.of(read.steps());
        live = !read.complete();
        try {
            begin();
            if (read.complete()) {
                // The steps as read, which the checksum covers: the code need not run again.
                for (int i = 0; i < read.changes().size(); i++) {
                    step(read.changes().get(i), read.statements().get(i));
                }
            } else {
                invoke(read.migration(), new Operations(change -> step(change, PostgresSql.statements(change)),
                        GuardedConnection.of(c, r.id(), () -> resumeAt > 0 && next <= resumeAt)));
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            record(duration);
            commit();
            return new Step(r.id(), direction(), from, to, r.message(), duration);
        } catch (MigrationFailedException e) {
            throw failed(e);
        } catch (SQLException e) {
            throw failed(new MigrationFailedException(r.id(), null, name() + " failed: " + firstLine(e), e));
        } finally {
            closeStatement();
            autoCommit();
        }
    }

    private void closeStatement() {
        try {
            if (jdbc != null) {
                jdbc.close();
            }
        } catch (SQLException ignored) {
            // Only a lost connection fails to close a statement: the failure that took it is already on its way.
        }
    }

    private void invoke(Migration migration, Operations ops) {
        try {
            if (upgrade) {
                migration.upgrade(ops);
            } else {
                migration.downgrade(ops);
            }
        } catch (MigrationFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MigrationFailedException(r.id(), null, name() + " failed in " + r.source() + "." + direction()
                    + "(): " + e, e);
        }
    }

    private void step(Change change, List<Statement> statements) {
        int index = next++;
        if (index < resumeAt) {
            return;
        }
        if (change instanceof ExecuteSql e && e.controlsTransaction()) {
            throw new MigrationFailedException(r.id(), e.sql(), name() + " ends or opens a transaction at step '"
                    + change.describe() + "', which would commit part of the revision for good. A revision is one"
                    + " transaction; for a statement that cannot run in one, use ops.executeOutsideTransaction(sql)"
                    + " or ops.createIndexConcurrently(…).", null);
        }
        for (Statement s : statements) {
            if (s.transactional()) {
                execute(change, s, transaction == UNKNOWN);
            } else {
                outsideTransaction(index, change, s);
            }
        }
    }

    /** Commits what ran so far with the pending row, runs the statement on its own, then opens a new transaction. */
    private void outsideTransaction(int index, Change change, Statement s) {
        try {
            PendingRevision.mark(c, r.id(), direction(), VersionTables.joined(from), VersionTables.joined(to), index);
            c.commit();
            committed = index;
            pending = true;
            c.setAutoCommit(true);
            if (!alreadyBuilt(change)) {
                execute(change, s, false);
            }
            PendingRevision.mark(c, r.id(), direction(), VersionTables.joined(from), VersionTables.joined(to), index + 1);
            committed = index + 1;
            begin();
        } catch (SQLException e) {
            throw new MigrationFailedException(r.id(), s.sql(), name() + " could not record its progress before step '"
                    + change.describe() + "': " + firstLine(e), e);
        }
    }

    /**
     * Whether a concurrent index build already finished in an interrupted run. One that failed or was
     * interrupted leaves an INVALID index behind, which is dropped so that it builds again.
     */
    private boolean alreadyBuilt(Change change) throws SQLException {
        if (!(change instanceof CreateIndex ci) || !ci.concurrently()) {
            return false;
        }
        String index = PostgresSql.table(Table.qualified(Table.schemaOf(ci.table()), ci.index().name()));
        Boolean valid = Jdbc.scalar(c, "SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)",
                Boolean.class, index);
        if (Boolean.TRUE.equals(valid)) {
            log.info("  index " + ci.index().name() + " was built by the interrupted run; keeping it");
            return true;
        }
        if (valid != null) {
            log.warn("index " + ci.index().name() + " is INVALID, left by an interrupted concurrent build: dropping it to build it again");
            Jdbc.update(c, "DROP INDEX CONCURRENTLY IF EXISTS " + index);
        }
        return false;
    }

    /**
     * @param learnTransaction whether to learn the id of the transaction the statement opens, in the same round trip
     */
    private void execute(Change change, Statement s, boolean learnTransaction) {
        // A statement that runs for long says so every few seconds, with the time it has taken.
        try (Progress ignored = new Progress(log, change.describe(), Progress.EVERY)) {
            java.sql.Statement jdbc = statement();
            if (learnTransaction) {
                // PgJDBC sends both statements together; each is parsed on its own, so errors read as before.
                jdbc.execute("SELECT txid_current();\n" + s.sql());
                try (ResultSet rs = jdbc.getResultSet()) {
                    rs.next();
                    transaction = rs.getLong(1);
                }
            } else {
                jdbc.execute(s.sql());
            }
        } catch (SQLException e) {
            // A columnDefinition kept verbatim that PostgreSQL refuses is named by the attribute it comes from, first.
            String verbatim = VerbatimFailures.describe(change, s.sql(), e);
            throw new MigrationFailedException(r.id(), s.sql(), (verbatim == null ? "" : verbatim + "\n") + name()
                    + " failed at step '" + change.describe() + "'\n    " + s.sql().replace("\n", "\n    ")
                    + "\nPostgreSQL said: " + e.getMessage(), e);
        }
    }

    /** One JDBC statement for all of the revision's steps, closed when the revision ends: not one per step. */
    private java.sql.Statement statement() throws SQLException {
        if (jdbc == null) {
            jdbc = c.createStatement();
        }
        return jdbc;
    }

    private void begin() throws SQLException {
        c.setAutoCommit(false);
        transaction = UNKNOWN;
        if (live || createTables) {
            // Code through ops.connection() may run statements before any step; the tables are created before any.
            try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT txid_current()")) {
                rs.next();
                transaction = rs.getLong(1);
            }
        }
        if (createTables) {
            // In the revision's transaction: a run refused before its first revision commits leaves no trace.
            tables.create(c);
            createTables = false; // a later transaction of this revision follows a commit that made them
        }
    }

    private void record(Duration duration) throws SQLException {
        // The check, the heads and the history row in one round trip; on a failed check the caller rolls it all back.
        // No statement run in this transaction yet: nothing could have ended it, and the check has nothing to compare.
        if (!tables.recordRun(c, transaction == UNKNOWN ? null : transaction, r.id(), direction(), from, to, r.message(), checksum, duration)) {
            throw new MigrationFailedException(r.id(), null, name() + " committed or rolled back its transaction itself"
                    + " (a COMMIT or ROLLBACK through ops.connection()), so part of it may have committed without its"
                    + " version and history rows. Check the schema by hand; use ops.executeOutsideTransaction(sql) for"
                    + " a statement that cannot run in a transaction.", null);
        }
        if (pending) {
            PendingRevision.clear(c, r.id());
        }
    }

    private void commit() {
        try {
            c.commit();
        } catch (SQLException e) {
            commitUnknown = true;
            throw new MigrationFailedException(r.id(), null, "the connection to PostgreSQL failed while " + name()
                    + " committed (" + firstLine(e) + "), so whether it was applied is unknown. Run migrate:current to"
                    + " see where the database is, then run the " + direction() + " again.", e);
        }
    }

    /** The failure with what it left behind, after rolling back what did not commit. */
    private MigrationFailedException failed(MigrationFailedException e) {
        boolean lost = rollBack(e);
        String state;
        if (commitUnknown) {
            return e;
        } else if (pending) {
            state = "The database is in the middle of revision " + r.id() + ": " + committed + " of its steps committed"
                    + " (migrate:current shows it). Fix the cause and run the " + direction() + " again: it resumes at step "
                    + (committed + 1) + ".";
        } else if (lost) {
            state = "The connection to PostgreSQL was lost, and PostgreSQL rolls back an unfinished transaction:"
                    + " the database is still at " + Migrator.describe(from) + ".";
        } else {
            state = "The revision was rolled back; the database is still at " + Migrator.describe(from) + ".";
        }
        String message = e.getMessage().stripTrailing();
        return new MigrationFailedException(e.revision(), e.statement(), message + (message.endsWith(".") ? " " : ". ") + state,
                e.getCause() == null ? e : e.getCause());
    }

    /** Rolls back; true when the connection is gone (PostgreSQL then rolls back by itself). */
    private boolean rollBack(Exception failure) {
        try {
            if (c.isClosed()) {
                return true;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return false;
        } catch (SQLException e) {
            failure.addSuppressed(e);
            return true;
        }
    }

    private void autoCommit() {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // The connection is gone: the failure that took it is already on its way.
        }
    }

    private String direction() {
        return upgrade ? "upgrade" : "downgrade";
    }

    private String name() {
        return "revision " + r.id() + " (" + r.message() + ")";
    }

    static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
