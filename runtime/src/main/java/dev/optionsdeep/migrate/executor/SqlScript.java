package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.migration.NoConnectionException;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Plans;
import dev.optionsdeep.migrate.migration.Plans.Move;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Target;
import dev.optionsdeep.migrate.migration.Targets;
import dev.optionsdeep.migrate.postgres.PostgresSql;

import java.util.List;

/**
 * The SQL an upgrade or downgrade would run, written out instead of run ({@code -Dsql}), with no
 * database: the version and history tables, each revision's statements in its transaction with its
 * version and history rows, and the statements that cannot run in a transaction between them.
 *
 * @param from  the revisions the script expects the database to be at
 * @param to    the revisions the database is at once the script has run
 * @param moves the revisions applied or reverted, in order
 * @param text  the script
 */
public record SqlScript(String database, boolean upgrade, List<String> from, List<String> to, List<Move> moves,
                        String text) {

    public SqlScript {
        from = List.copyOf(from);
        to = List.copyOf(to);
        moves = List.copyOf(moves);
    }

    /**
     * The script of a move to {@code target}: a target (an upgrade script then starts from base) or a
     * range {@code from:to}. A downgrade script needs a range, since it cannot ask the database
     * where it is.
     *
     * @throws RevisionException when the target does not fit, or a revision's steps cannot be written
     *                           as SQL because it runs its own JDBC code
     */
    public static SqlScript of(String database, Revisions revisions, boolean upgrade, String target) {
        RevisionGraph graph = revisions.graph();
        List<String> from;
        Target to;
        if (Targets.isRange(target)) {
            Targets.Range range = Targets.range(graph, target);
            from = graph.headsOf(graph.withAncestors(range.from().revisions()));
            to = range.to();
        } else if (upgrade) {
            from = List.of();
            to = Targets.resolveAll(graph, from, target);
        } else {
            throw new RevisionException("a downgrade script cannot ask the database where it is: give the range,"
                    + " -Dtarget=<from>:<to>, for example -Dtarget=head:-1 or -Dtarget=head:base");
        }
        List<RevisionInfo> plan = upgrade ? Plans.upgrade(graph, from, to) : Plans.downgrade(graph, from, to);
        List<Move> moves = Plans.walk(graph, from, plan, upgrade);
        List<String> end = moves.isEmpty() ? from : moves.get(moves.size() - 1).to();
        String text = ScriptWriter.render(database, upgrade, from, end, moves, move -> statements(revisions, move));
        return new SqlScript(database, upgrade, from, end, moves, text);
    }

    private static ScriptWriter.RevisionSql statements(Revisions revisions, Move move) {
        RevisionInfo r = move.revision();
        List<Change> steps;
        try {
            steps = Operations.stepsOf(revisions.migration(r.id()), move.upgrade());
        } catch (NoConnectionException e) {
            throw new RevisionException("revision " + r.id() + " (" + r.message() + ") runs its own JDBC code through"
                    + " ops.connection() in " + r.source() + "." + (move.upgrade() ? "upgrade" : "downgrade")
                    + "(), which cannot be written to an SQL script. Apply it online (mvn migrate:"
                    + (move.upgrade() ? "upgrade" : "downgrade") + " without -Dsql), or write its steps with"
                    + " ops.execute(\"…\") so that scripts can carry them.");
        }
        return new ScriptWriter.RevisionSql(PostgresSql.statements(steps), Checksum.of(RevisionSteps.of(steps)));
    }
}
