package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Plans;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Target;
import dev.optionsdeep.migrate.migration.Targets;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies and reverts the revisions of one database. Every revision runs in one transaction
 * together with its version and history rows, so it commits whole or not at all; the whole run
 * holds the database's migration lock, and plans, checks and asks for confirmation under it.
 */
public final class Migrator {

    private final ConnectionFactory connections;
    private final Revisions revisions;
    private final Log log;
    private final Locking locking;
    private final VersionTables tables = new VersionTables();

    public Migrator(ConnectionSettings settings, Revisions revisions, Log log, Duration lockTimeout) {
        this(ConnectionFactory.of(settings), revisions, log, Locking.defaults().withMigrationLockWait(lockTimeout));
    }

    public Migrator(ConnectionFactory connections, Revisions revisions, Log log, Duration lockTimeout) {
        this(connections, revisions, log, Locking.defaults().withMigrationLockWait(lockTimeout));
    }

    public Migrator(ConnectionFactory connections, Revisions revisions, Log log, Locking locking) {
        this.connections = connections;
        this.revisions = revisions;
        this.log = log;
        this.locking = locking;
    }

    /** The revisions the database is at (its heads); empty at base. */
    public List<String> current() {
        try (Connection c = connections.open()) {
            return tables.heads(c);
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }

    /**
     * Where the database stands: the revisions it is at and the revision an interruption left half applied.
     *
     * @param current its heads; empty at base
     * @param pending the revision left half applied; null when none
     */
    public record State(List<String> current, PendingRevision pending) {

        public State {
            current = List.copyOf(current);
        }
    }

    /** {@link #current()} and {@link #pending()} on one connection: {@code current} and {@code history} show both. */
    public State state() {
        try (Connection c = connections.open()) {
            return new State(tables.heads(c), PendingRevision.read(c).orElse(null));
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }

    /**
     * What an interrupted revision left: set when a revision with a step outside a transaction was
     * stopped in the middle; the next upgrade (or downgrade) of that revision resumes it.
     */
    public Optional<String> interrupted() {
        return pending().map(PendingRevision::describe);
    }

    /** The revision an interruption left half applied, with what the next upgrade does about it; read without the lock. */
    public Optional<PendingRevision> pending() {
        try (Connection c = connections.open()) {
            return PendingRevision.read(c);
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }

    /** Moves the database forward to {@code target} (see {@link Targets}). */
    public List<Step> upgrade(String target) {
        return run(true, target, null);
    }

    /**
     * Moves the database forward to {@code target}, first asking {@code confirmation} under the lock
     * when the planned revisions hold risks.
     */
    public List<Step> upgrade(String target, Confirmation confirmation) {
        return run(true, target, confirmation);
    }

    /** Moves the database back to {@code target} (see {@link Targets}). */
    public List<Step> downgrade(String target) {
        return run(false, target, null);
    }

    /** Moves the database back to {@code target}, first asking {@code confirmation} under the lock. */
    public List<Step> downgrade(String target, Confirmation confirmation) {
        return run(false, target, confirmation);
    }

    /**
     * Sets the version table to {@code target} without running any migration, to adopt a database
     * whose schema is already there (see {@link Plans#stamp}); {@code purge} empties the version
     * table first, also of revisions this project does not have. Recorded in the history.
     *
     * @return the stamp, or empty when the database is already where the target says
     */
    public Optional<Step> stamp(String target, boolean purge) {
        RevisionGraph graph = revisions.graph();
        return locked(c -> {
            List<String> before = purge ? tables.heads(c) : knownHeads(c, graph);
            Target to = Targets.resolveAll(graph, purge ? List.of() : before, target);
            List<String> after = Plans.stamp(graph, before, to, purge);
            if (after.equals(before)) {
                log.info("Nothing to stamp: the database is already at " + describe(before) + ".");
                return Optional.empty();
            }
            String message = "stamp " + to.expression() + (purge ? " (purged)" : "");
            log.info("Stamping " + describe(before) + " -> " + describe(after) + " without running migrations");
            return Optional.of(recordStamp(c, describe(to.revisions()), before, after, message));
        });
    }

    /**
     * Records that a database whose schema was made without Migrate is at {@code revision}, the
     * baseline revision written from that very schema, without running anything; recorded in the
     * history as a stamp with {@code message}.
     *
     * @throws RevisionException when the database has version rows already: it is managed by Migrate
     */
    public Step baseline(String revision, String message) {
        return locked(c -> {
            List<String> before = tables.heads(c);
            if (!before.isEmpty()) {
                throw new RevisionException(alreadyManaged(before));
            }
            log.info("Stamping base -> " + revision + " without running migrations (baseline)");
            return recordStamp(c, revision, before, List.of(revision), message);
        });
    }

    /** Why a database with version rows cannot be baselined, and what to do instead. */
    public static String alreadyManaged(List<String> heads) {
        return "the database has Migrate version rows already (it is at " + describe(heads) + "): it is managed by"
                + " Migrate, and a baseline would rewrite its history. Capture model changes with mvn migrate:revision;"
                + " if its schema matches another revision, record that with mvn migrate:stamp -Dtarget=<revision> -Dpurge.";
    }

    private interface LockedWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} holding the database's migration lock, with the version tables in place. */
    private <T> T locked(LockedWork<T> work) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            try (AdvisoryLock ignored = AdvisoryLock.acquire(c, locking.migrationLockWait(), log)) {
                createSchema(c);
                tables.upgradeExisting(c);
                return work.run(c);
            }
        } catch (SQLException e) {
            throw connections.failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lock", e);
        }
    }

    /** Sets the version table to {@code after} and records it in the history, in one transaction. */
    private Step recordStamp(Connection c, String revision, List<String> before, List<String> after, String message)
            throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try {
            tables.create(c); // in the stamp's transaction: a stamp refused before it leaves no trace
            tables.replaceHeads(c, after);
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            tables.record(c, revision, "stamp", before, after, message, null, duration);
            c.commit();
            return new Step(revision, "stamp", before, after, message, duration);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * The revisions an upgrade ({@code upgrade = true}) or downgrade to {@code target} would run, in
     * order, without running them or taking the lock.
     */
    public List<RevisionInfo> plan(boolean upgrade, String target) {
        try (Connection c = connections.open()) {
            return plan(c, upgrade, target);
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }

    private List<RevisionInfo> plan(Connection c, boolean upgrade, String target) throws SQLException {
        RevisionGraph graph = revisions.graph();
        List<String> heads = knownHeads(c, graph);
        return upgrade ? upgradePlan(graph, heads, target) : downgradePlan(graph, heads, target);
    }

    /** Why no upgrade or downgrade can start from a revision the project does not have, and what to do. */
    public static String unknownRevision(String revision) {
        return "the database is at revision " + revision
                + ", which this project does not have. Check that you build the right branch"
                + " of the project for this environment; if the schema already matches one of this"
                + " project's revisions, record that with mvn migrate:stamp -Dtarget=<revision> -Dpurge.";
    }

    List<String> knownHeads(Connection c, RevisionGraph graph) throws SQLException {
        return knownHeads(c, graph, false);
    }

    /** @param tablesExist whether the version tables are known to exist: they are then not looked for first */
    private List<String> knownHeads(Connection c, RevisionGraph graph, boolean tablesExist) throws SQLException {
        List<String> heads = tablesExist ? tables.headsOfExisting(c) : tables.heads(c);
        for (String head : heads) {
            if (graph.find(head).isEmpty()) {
                throw new RevisionException(unknownRevision(head));
            }
        }
        return heads;
    }

    private List<Step> run(boolean upgrade, String target, Confirmation confirmation) {
        RevisionGraph graph = revisions.graph();
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            try (AdvisoryLock ignored = AdvisoryLock.acquire(c, locking.migrationLockWait(), log);
                 SessionLockTimeout ignored2 = SessionLockTimeout.set(c, tableLockTimeout())) {
                createSchema(c);
                boolean tablesExist = tables.upgradeExisting(c);
                List<String> heads = tablesExist ? knownHeads(c, graph, true) : List.of();
                if (tablesExist) {
                    ChecksumCheck.require(c, tables, revisions, heads);
                }
                Optional<PendingRevision> pending = PendingRevision.read(c);
                // The heads as read above: under the lock nothing else moves them.
                List<RevisionInfo> plan = resumeFirst(upgrade ? upgradePlan(graph, heads, target)
                        : downgradePlan(graph, heads, target), pending, upgrade);
                if (plan.isEmpty()) {
                    log.info("Nothing to " + (upgrade ? "upgrade" : "downgrade") + ": the database is already at "
                            + describe(heads) + ".");
                    return List.of();
                }
                Map<String, ReadAhead> read = readAhead(plan, upgrade);
                check(c, plan, read, upgrade, confirmation);
                List<Step> done = new ArrayList<>();
                // Each move knows the heads before and after it: no walk over the whole graph per revision.
                for (Plans.Move move : Plans.walk(graph, heads, plan, upgrade)) {
                    done.add(applyRetrying(c, move, read.get(move.revision().id()), pending, !tablesExist && done.isEmpty()));
                }
                return done;
            }
        } catch (SQLException e) {
            throw connections.failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lock", e);
        }
    }

    /** The migration's lock_timeout; null when the connection settings give their own, which then wins. */
    private Duration tableLockTimeout() {
        return connections.setsLockTimeout() ? null : locking.tableLockTimeout();
    }

    /** {@code CREATE SCHEMA IF NOT EXISTS} for the configured schema, under the lock so that first runs never race. */
    private void createSchema(Connection c) throws SQLException {
        Optional<String> schema = connections.schema();
        if (schema.isPresent()) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + dev.optionsdeep.migrate.postgres.Identifiers.quote(schema.get()));
            }
        }
    }

    /**
     * The plan with the interrupted revision first, so that it finishes before anything else runs; refused
     * when the move does not include it.
     */
    private List<RevisionInfo> resumeFirst(List<RevisionInfo> plan, Optional<PendingRevision> pending, boolean upgrade) {
        if (pending.isEmpty()) {
            return plan;
        }
        PendingRevision p = pending.get();
        String direction = upgrade ? "upgrade" : "downgrade";
        Optional<RevisionInfo> interrupted = plan.stream().filter(r -> r.id().equals(p.revision())).findFirst();
        if (interrupted.isEmpty() || !p.direction().equals(direction)) {
            throw new RevisionException(p.describe() + ". Finish it first: " + p.resumeCommand() + " resumes it at step "
                    + (p.stepsDone() + 1) + ".");
        }
        List<RevisionInfo> out = new ArrayList<>(plan);
        out.remove(interrupted.get());
        out.add(0, interrupted.get());
        return out;
    }

    /**
     * Each planned revision's code, run once without a database for its risks, its checksum and, when that reading
     * is complete, its run. A revision that cannot even be created is read as stopped, and fails when it runs.
     */
    private Map<String, ReadAhead> readAhead(List<RevisionInfo> plan, boolean upgrade) {
        Map<String, ReadAhead> read = new HashMap<>();
        for (RevisionInfo r : plan) {
            ReadAhead steps;
            try {
                steps = ReadAhead.of(revisions.migration(r.id()), upgrade);
            } catch (RuntimeException e) {
                steps = new ReadAhead(null, List.of(), List.of(), e);
            }
            read.put(r.id(), steps);
        }
        return read;
    }

    /**
     * Asks for confirmation of the move's risks, then warns once of the data it may lose: all under the
     * lock, before anything runs, so a run that waited behind another one speaks of the move it makes.
     */
    private void check(Connection c, List<RevisionInfo> plan, Map<String, ReadAhead> read, boolean upgrade,
                       Confirmation confirmation) throws SQLException {
        PlanRisks risks = PlanRisks.of(c, plan, read, upgrade);
        if (confirmation != null && !risks.risks().isEmpty()) {
            confirmation.confirm(risks.risks());
        }
        if (!risks.drops().isEmpty()) {
            log.warn("This " + (upgrade ? "upgrade" : "downgrade") + " may lose data:\n  " + String.join("\n  ", risks.drops())
                    + (confirmation == null ? "\nIt runs now: the environment is not protected, so no confirmation is asked." : ""));
        }
    }

    /**
     * Applies a revision, running it again when a statement gave up waiting for a table lock.
     *
     * @param pending      the interrupted revision as the run found it (read again before a retry: the failed
     *                     attempt may have committed some of its steps)
     * @param createTables whether the version tables may not exist yet
     */
    private Step applyRetrying(Connection c, Plans.Move move, ReadAhead read, Optional<PendingRevision> pending,
                               boolean createTables)
            throws SQLException, InterruptedException {
        RevisionInfo r = move.revision();
        for (int attempt = 1; ; attempt++) {
            try {
                return apply(c, move, read, attempt == 1 ? pending : null, createTables);
            } catch (MigrationFailedException e) {
                if (!e.waitedTooLongForALock() || attempt > locking.retries()) {
                    throw e;
                }
                Duration pause = locking.pause(attempt);
                log.warn("revision " + r.id() + " gave up waiting for a table lock (lock_timeout "
                        + SessionLockTimeout.words(tableLockTimeout()) + "): another session holds it. Retry "
                        + attempt + " of " + locking.retries() + " in " + pause.toMillis() + " ms.");
                Thread.sleep(pause.toMillis());
            }
        }
    }

    private List<RevisionInfo> upgradePlan(RevisionGraph graph, List<String> heads, String target) {
        return Plans.upgrade(graph, heads, target);
    }

    private List<RevisionInfo> downgradePlan(RevisionGraph graph, List<String> heads, String target) {
        return Plans.downgrade(graph, heads, target);
    }

    /** @param known the interrupted revision as read before, or null to read it now */
    private Step apply(Connection c, Plans.Move move, ReadAhead read, Optional<PendingRevision> known, boolean createTables) {
        RevisionInfo r = move.revision();
        boolean upgrade = move.upgrade();
        List<String> from = move.from();
        List<String> to = move.to();
        Optional<PendingRevision> pending;
        try {
            pending = (known != null ? known : PendingRevision.read(c)).filter(p -> p.revision().equals(r.id()));
        } catch (SQLException e) {
            throw new MigrationFailedException(r.id(), null, "revision " + r.id() + " (" + r.message() + ") could not start: "
                    + RevisionRun.firstLine(e) + ". The database is still at " + describe(from) + ".", e);
        }
        if (pending.isPresent()) {
            log.info("Resuming: " + pending.get().describe());
        }
        // The revision and its parents, as Alembic prints them: the database's other branches are not part of this step.
        log.info((upgrade ? "Upgrading " + describe(r.parents()) + " -> " + r.id()
                : "Downgrading " + r.id() + " -> " + describe(r.parents())) + ", " + r.message());
        Step step = new RevisionRun(c, r, upgrade, from, to, pending.map(PendingRevision::stepsDone).orElse(-1), log, tables,
                createTables).run(read.migration() == null ? ReadAhead.of(revisions.migration(r.id()), upgrade) : read);
        log.info("  done in " + step.duration().toMillis() + " ms");
        return step;
    }

    /** Revisions as the log shows them: {@code base}, or the ids joined by commas. */
    public static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

}
