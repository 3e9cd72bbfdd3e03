package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Targets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The checksums of the revisions applied to one database: {@link #validate} compares each with the
 * revision's code now (as upgrade and downgrade do before they plan), {@link #accept} records the
 * code as it is now for a revision that was changed on purpose.
 */
public final class Checksums {

    private final ConnectionFactory connections;
    private final Revisions revisions;
    private final Log log;
    private final Duration lockTimeout;
    private final VersionTables tables = new VersionTables();

    public Checksums(ConnectionFactory connections, Revisions revisions, Log log, Duration lockTimeout) {
        this.connections = connections;
        this.revisions = revisions;
        this.log = log;
        this.lockTimeout = lockTimeout;
    }

    public Checksums(ConnectionSettings settings, Revisions revisions, Log log, Duration lockTimeout) {
        this(ConnectionFactory.of(settings), revisions, log, lockTimeout);
    }

    /**
     * What comparing the applied revisions with their code found.
     *
     * @param heads      the revisions the database is at
     * @param matching   the applied revisions whose code matches what was applied
     * @param mismatches one entry per changed revision, naming its first differing step
     * @param notCompared one entry per applied revision without a checksum to compare, with why
     * @param failure     what upgrade would stop with, what to do included; null when every checksum matches
     */
    public record Validation(List<String> heads, List<String> matching, List<String> mismatches,
                             List<String> notCompared, String failure) {

        public Validation {
            heads = List.copyOf(heads);
            matching = List.copyOf(matching);
            mismatches = List.copyOf(mismatches);
            notCompared = List.copyOf(notCompared);
        }

        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** Compares without the lock, in a read-only transaction: changes nothing, not even the history tables. */
    public Validation validate() {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                List<String> heads = new Migrator(connections, revisions, log, lockTimeout).knownHeads(c, revisions.graph());
                ChecksumCheck.Result result = ChecksumCheck.run(c, tables, revisions, heads);
                return new Validation(heads, result.checked(),
                        result.mismatches().stream().map(ChecksumCheck.Mismatch::describe).toList(),
                        result.unchecked().stream().map(ChecksumCheck.NotCompared::describe).toList(),
                        result.mismatches().isEmpty() ? null : ChecksumCheck.mismatch(result.mismatches(), ".").getMessage());
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw connections.failure(e);
        }
    }

    /**
     * Records the checksum of {@code revision}'s code as it is now, in the history (direction
     * {@code accept}), so that upgrades go on: for a revision changed on purpose, or one applied
     * before its checksum could be compared.
     *
     * @param revision   an applied revision: id, unique prefix, or target such as {@code head}
     * @param acceptedBy who accepts, as the history shows it
     * @return the history row's step, or empty when the code already matches
     */
    public Optional<Step> accept(String revision, String acceptedBy) {
        RevisionGraph graph = revisions.graph();
        return UnderLock.run(connections, lockTimeout, log, c -> {
            tables.create(c);
            List<String> heads = new Migrator(connections, revisions, log, lockTimeout).knownHeads(c, graph);
            RevisionInfo r = applied(graph, heads, revision);
            ChecksumCheck.Result result = ChecksumCheck.run(c, tables, revisions, heads);
            if (result.checked().contains(r.id())) {
                log.info("Nothing to accept: revision " + r.id() + " matches what was applied to this database.");
                return Optional.empty();
            }
            String message = "accepted the code of revision " + r.id() + " as applied: "
                    + result.about(r.id()).strip().replaceAll("\\s+", " ");
            Checksum checksum = Checksum.of(RevisionSteps.read(revisions.migration(r.id()), true));
            tables.recordAccepted(c, r.id(), heads, message, checksum, acceptedBy);
            log.info("Accepted revision " + r.id() + " (" + r.message() + ") as it is now, by " + acceptedBy);
            return Optional.of(new Step(r.id(), "accept", heads, heads, message, Duration.ZERO));
        });
    }

    private static RevisionInfo applied(RevisionGraph graph, List<String> heads, String revision) {
        String id = Targets.resolve(graph, Optional.empty(), revision).orElseThrow(() -> new RevisionException(
                "base is the empty database, before the first revision: there is nothing to accept. Give a revision id."));
        if (!graph.withAncestors(heads).contains(id)) {
            throw new RevisionException("revision " + id + " is not applied to this database, which is at "
                    + Migrator.describe(heads) + ": there is no checksum to accept. mvn migrate:upgrade applies it.");
        }
        return graph.get(id);
    }
}
