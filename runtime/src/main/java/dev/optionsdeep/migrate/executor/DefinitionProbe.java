package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Column;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets PostgreSQL judge a new revision's verbatim column definitions before the revision is written:
 * its steps run on a database at the revision's parent, in one transaction that is always rolled
 * back, so the definitions meet the tables, types and columns they name as the upgrade will.
 */
public final class DefinitionProbe {

    /**
     * @param probed  whether the steps ran; when not, {@code reason} says why and PostgreSQL judges the
     *                definitions at upgrade
     * @param refused one message per definition PostgreSQL refused, naming its attribute
     */
    public record Outcome(boolean probed, String reason, List<String> refused) {

        public Outcome {
            refused = List.copyOf(refused);
        }

        public static Outcome skipped(String reason) {
            return new Outcome(false, reason, List.of());
        }
    }

    private DefinitionProbe() {
    }

    /** The attributes of the verbatim definitions the changes create, in order: what a probe judges. */
    public static List<String> attributes(List<Change> changes) {
        List<String> out = new ArrayList<>();
        changes.forEach(c -> VerbatimFailures.of(c).stream().map(Column::verbatim)
                .forEach(v -> out.add(v.attribute())));
        return List.copyOf(out);
    }

    /**
     * Runs {@code changes} on the connection's database when it is at {@code parents}, and rolls back.
     *
     * @param parents the revisions the new one follows; empty for the first revision
     */
    public static Outcome run(Connection c, List<String> parents, List<Change> changes) throws SQLException {
        List<String> heads = new VersionTables().heads(c);
        if (!new java.util.HashSet<>(heads).equals(new java.util.HashSet<>(parents))) {
            return Outcome.skipped("the database is at " + Migrator.describe(heads) + ", not at "
                    + Migrator.describe(parents) + " where the new revision starts");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            return steps(c, changes);
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static Outcome steps(Connection c, List<Change> changes) throws SQLException {
        for (Change change : changes) {
            for (Statement s : PostgresSql.statements(change)) {
                try (java.sql.Statement jdbc = c.createStatement()) {
                    jdbc.execute(s.sql());
                } catch (SQLException e) {
                    String verbatim = VerbatimFailures.describe(change, s.sql(), e);
                    // A step Migrate wrote that fails here fails for this database's rows, not for a definition.
                    return verbatim == null ? Outcome.skipped("step '" + change.describe() + "' failed on it ("
                            + VerbatimFailures.serverMessage(e) + ")") : new Outcome(true, null, verbatim.lines().toList());
                }
            }
        }
        return new Outcome(true, null, List.of());
    }
}
