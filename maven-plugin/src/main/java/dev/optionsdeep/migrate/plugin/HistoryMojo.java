package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.DatabaseConnectionException;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.PendingRevision;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Target;
import dev.optionsdeep.migrate.migration.Targets;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists each database's revisions, newest first, as Alembic does: {@code ae1027a6acf3 -> b4f2e8c9d120 (head),
 * Add stock_prices table}. With {@code -Dverbose}: revision, parent, path, creation time and message;
 * with {@code -Drange=from:to}, only the revisions between two targets. Needs no database; when the
 * environment's database can be reached, the revisions it is at are marked {@code (current)}.
 */
@Mojo(name = HistoryMojo.GOAL, threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {

    static final String GOAL = "history";

    /** Print revision, parent, path and message of each revision. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    boolean verbose;

    /**
     * Only the revisions from one target to another, both included: {@code ae1027:head},
     * {@code base:b4f2}, {@code prices@base:}, {@code current:head}, {@code -3:current}; a side left out
     * means base or the heads, and {@code current} the revisions the database is at.
     */
    @Parameter(property = "migrate.range")
    String range;

    @Override
    void run() throws IOException {
        String between = option("range", range);
        GoalOutput output = output().start(GOAL, null);
        forEachDatabase(output, (db, revisions, layout) -> {
            RevisionGraph graph = revisions.graph();
            DatabaseState state = state(db, revisions, output);
            List<String> current = state == null ? null : state.current();
            PendingRevision pending = state == null ? null : state.pending();
            RevisionFormat format = RevisionFormat.of(graph, current == null ? Set.of() : new HashSet<>(current),
                    project.getBasedir().toPath(), layout, db);
            List<RevisionInfo> listed = between == null ? graph.revisions() : inRange(graph, between, current);
            List<RevisionInfo> newestFirst = new ArrayList<>(listed);
            Collections.reverse(newestFirst);
            output.lines(lines(format, newestFirst, pending));
            if (pending != null && !output.isJson()) {
                getLog().warn(InterruptedRevision.line(db, pending));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("current", current);
            entry.put("revisions", newestFirst.stream().map(format::json).toList());
            entry.put("interrupted", InterruptedRevision.json(pending));
            output.database(db, entry);
        });
        output.finish();
    }

    private List<String> lines(RevisionFormat format, List<RevisionInfo> newestFirst, PendingRevision pending) {
        boolean verbose = flag("verbose", this.verbose);
        List<String> out = new ArrayList<>();
        for (RevisionInfo r : newestFirst) {
            String mark = pending != null && pending.revision().equals(r.id()) ? InterruptedRevision.mark(pending) : "";
            if (verbose) {
                List<String> block = new ArrayList<>(format.verbose(r));
                block.set(0, block.get(0) + mark);
                out.addAll(block);
            } else {
                String marked = " -> " + format.marked(r);
                out.add(format.line(r).replace(marked + ",", marked + mark + ","));
            }
        }
        if (out.isEmpty()) {
            out.add("  no revisions in that range");
        }
        return out;
    }

    /** The revisions from the range's start (included) to its end (included), in revision order. */
    private static List<RevisionInfo> inRange(RevisionGraph graph, String expression, List<String> current) {
        if (!Targets.isRange(expression)) {
            throw new ConfigurationException("-Drange=" + expression + " is not a range: write from:to, for example"
                    + " -Drange=ae1027:head (either side may be left out: -Drange=ae1027: lists ae1027 and what follows)");
        }
        Targets.Range range = Targets.range(graph, expression, current);
        Target from = range.from();
        Set<String> after = from.branchStart() != null ? graph.withDescendants(List.of(from.branchStart()))
                : from.revisions().isEmpty() ? graph.ids() : graph.withDescendants(from.revisions());
        Set<String> before = graph.withAncestors(range.to().revisions());
        return graph.revisions().stream().filter(r -> after.contains(r.id()) && before.contains(r.id())).toList();
    }

    /**
     * The revisions the database is at, to mark them and to resolve {@code current} in a range, and the
     * revision an interruption left half applied; null
     * when the environment or the database cannot be reached, since history needs neither otherwise.
     */
    private DatabaseState state(String db, Revisions revisions, GoalOutput output) {
        try {
            ResolvedEnvironment environment = environment();
            ConnectionSettings settings = connectionSettings(environment, db);
            Migrator migrator = new Migrator(settings, revisions, log(), lockTimeout());
            Migrator.State at = migrator.state(); // one connection for both
            DatabaseState state = new DatabaseState(at.current(), at.pending());
            // (current) is about one environment's database: say which, as every goal that connects does.
            announce(environment, db, settings);
            output.put("environment", GoalOutput.environment(environment));
            return state;
        } catch (ConfigurationException | DatabaseConnectionException | RevisionException | IOException e) {
            getLog().debug("history of " + db + ": not marking the current revision: " + e.getMessage());
            return null;
        }
    }

    /** What history marks: the revisions the database is at, and the one left half applied (or null). */
    private record DatabaseState(List<String> current, PendingRevision pending) {
    }
}
