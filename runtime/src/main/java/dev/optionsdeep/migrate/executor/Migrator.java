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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies and reverts the revisions of one database. Every revision runs in one transaction
 * together with its version and history rows, so it commits whole or not at all; the whole run
 * holds the database's migration lock.
 */
public final class Migrator {

    private final ConnectionFactory connections;
    private final Revisions revisions;
    private final Log log;
    private final Duration lockTimeout;
    private final VersionTables tables = new VersionTables();

    public Migrator(ConnectionSettings settings, Revisions revisions, Log log, Duration lockTimeout) {
        this(ConnectionFactory.of(settings), revisions, log, lockTimeout);
    }

    public Migrator(ConnectionFactory connections, Revisions revisions, Log log, Duration lockTimeout) {
        this.connections = connections;
        this.revisions = revisions;
        this.log = log;
        this.lockTimeout = lockTimeout;
    }

    /** The revisions the database is at (its heads); empty at base. */
    public List<String> current() {
        try (Connection c = connections.open()) {
            return tables.heads(c);
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }

    /** Moves the database forward to {@code target} (see {@link Targets}). */
    public List<Step> upgrade(String target) {
        return run(true, target);
    }

    /** Moves the database back to {@code target} (see {@link Targets}). */
    public List<Step> downgrade(String target) {
        return run(false, target);
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
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            try (AdvisoryLock ignored = AdvisoryLock.acquire(c, lockTimeout, log)) {
                tables.create(c);
                List<String> before = purge ? tables.heads(c) : knownHeads(c, graph);
                Target to = Targets.resolveAll(graph, purge ? List.of() : before, target);
                List<String> after = Plans.stamp(graph, before, to, purge);
                if (after.equals(before)) {
                    log.info("Nothing to stamp: the database is already at " + describe(before) + ".");
                    return Optional.empty();
                }
                String message = "stamp " + to.expression() + (purge ? " (purged)" : "");
                log.info("Stamping " + describe(before) + " -> " + describe(after) + " without running migrations");
                long start = System.nanoTime();
                c.setAutoCommit(false);
                try {
                    tables.replaceHeads(c, after);
                    Duration duration = Duration.ofNanos(System.nanoTime() - start);
                    tables.record(c, describe(to.revisions()), "stamp", before, after, message, null, duration);
                    c.commit();
                    return Optional.of(new Step(describe(to.revisions()), "stamp", before, after, message, duration));
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw connections.failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lock", e);
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

    private List<String> knownHeads(Connection c, RevisionGraph graph) throws SQLException {
        List<String> heads = tables.heads(c);
        for (String head : heads) {
            if (graph.find(head).isEmpty()) {
                throw new RevisionException(unknownRevision(head));
            }
        }
        return heads;
    }

    private List<Step> run(boolean upgrade, String target) {
        RevisionGraph graph = revisions.graph();
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            try (AdvisoryLock ignored = AdvisoryLock.acquire(c, lockTimeout, log)) {
                tables.create(c);
                List<String> heads = knownHeads(c, graph);
                List<RevisionInfo> plan = plan(c, upgrade, target);
                if (plan.isEmpty()) {
                    log.info("Nothing to " + (upgrade ? "upgrade" : "downgrade") + ": the database is already at "
                            + describe(heads) + ".");
                    return List.of();
                }
                Set<String> applied = new HashSet<>(graph.withAncestors(heads));
                List<Step> done = new ArrayList<>();
                for (RevisionInfo r : plan) {
                    done.add(apply(c, graph, applied, r, upgrade));
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

    private List<RevisionInfo> upgradePlan(RevisionGraph graph, List<String> heads, String target) {
        return Plans.upgrade(graph, heads, target);
    }

    private List<RevisionInfo> downgradePlan(RevisionGraph graph, List<String> heads, String target) {
        return Plans.downgrade(graph, heads, target);
    }

    private Step apply(Connection c, RevisionGraph graph, Set<String> applied, RevisionInfo r, boolean upgrade)
            throws SQLException {
        List<String> from = headsOf(graph, applied);
        Set<String> after = new HashSet<>(applied);
        if (upgrade) {
            after.add(r.id());
        } else {
            after.remove(r.id());
        }
        List<String> to = headsOf(graph, after);
        String direction = upgrade ? "upgrade" : "downgrade";
        // The revision and its parents, as Alembic prints them: the database's other branches are not part of this step.
        log.info((upgrade ? "Upgrading " + describe(r.parents()) + " -> " + r.id()
                : "Downgrading " + r.id() + " -> " + describe(r.parents())) + ", " + r.message());
        long start = System.nanoTime();
        Checksum checksum = new Checksum();
        c.setAutoCommit(false);
        try {
            Migration migration = revisions.migration(r.id());
            Operations ops = new Operations(change -> run(c, r, change, checksum), c);
            try {
                if (upgrade) {
                    migration.upgrade(ops);
                } else {
                    migration.downgrade(ops);
                }
            } catch (MigrationFailedException e) {
                throw new MigrationFailedException(e.revision(), e.statement(), e.getMessage() + rolledBack(from), e.getCause());
            } catch (RuntimeException e) {
                throw new MigrationFailedException(r.id(), null, "revision " + r.id() + " (" + r.message() + ") failed in "
                        + r.source() + "." + direction + "(): " + e + rolledBack(from), e);
            }
            tables.replaceHeads(c, to);
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            tables.record(c, r.id(), direction, from, to, r.message(),
                    checksum.value(), duration);
            c.commit();
            applied.clear();
            applied.addAll(after);
            log.info("  done in " + duration.toMillis() + " ms");
            return new Step(r.id(), direction, from, to, r.message(), duration);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void run(Connection c, RevisionInfo r, Change change, Checksum checksum) {
        for (Statement s : PostgresSql.statements(change)) {
            if (!s.transactional()) {
                throw new MigrationFailedException(r.id(), s.sql(), "revision " + r.id()
                        + ": statements that cannot run in a transaction are not supported yet: " + s.sql(), null);
            }
            try (java.sql.Statement jdbc = c.createStatement(); Progress ignored = new Progress(log, change.describe(), Progress.EVERY)) {
                jdbc.execute(s.sql());
            } catch (SQLException e) {
                throw new MigrationFailedException(r.id(), s.sql(), "revision " + r.id() + " (" + r.message()
                        + ") failed at step '" + change.describe() + "'\n    " + s.sql().replace("\n", "\n    ")
                        + "\nPostgreSQL said: " + e.getMessage(), e);
            }
            checksum.add(s.sql());
        }
    }

    private static String rolledBack(List<String> from) {
        return ". The revision was rolled back; the database is still at " + describe(from) + ".";
    }

    private static List<String> headsOf(RevisionGraph graph, Set<String> applied) {
        return graph.headsOf(applied);
    }

    /** Revisions as the log shows them: {@code base}, or the ids joined by commas. */
    public static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

}
