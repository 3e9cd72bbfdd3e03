package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.PendingRevision;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows the revisions each database is at: {@code equities: ae1027a6acf3 (head)}; with
 * {@code -Dverbose}, each as {@code history -Dverbose} shows it.
 */
@Mojo(name = CurrentMojo.GOAL, threadSafe = true)
public class CurrentMojo extends AbstractMigrateMojo {

    static final String GOAL = "current";

    /** Also print each current revision's parents, branch, path, creation time and message, as history -Dverbose does. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() throws IOException {
        ProjectLayout layout = layout();
        ResolvedEnvironment environment = environment();
        GoalOutput output = output().start(GOAL, environment);
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                Revisions revisions = revisions(loader, layout, db);
                ConnectionSettings settings = connectionSettings(environment, db);
                announce(environment, db, settings);
                Migrator migrator = new Migrator(settings, revisions, log(), lockTimeout());
                Migrator.State state = inDatabase(db, environment, migrator::state);
                report(db, state.current(), state.pending(), revisions.graph(), RevisionFormat.of(revisions.graph(), Set.of(),
                        project.getBasedir().toPath(), layout, db), output);
            }
        }
        output.finish();
    }

    private void report(String db, List<String> current, PendingRevision pending, RevisionGraph graph,
                        RevisionFormat format, GoalOutput output) {
        List<String> unknown = current.stream().filter(id -> graph.find(id).isEmpty()).toList();
        List<String> heads = graph.heads().stream().map(RevisionInfo::id).toList();
        Integer behind = unknown.isEmpty() ? graph.revisions().size() - graph.withAncestors(current).size() : null;
        Map<String, Object> entry = json(current, unknown, heads, behind, graph, format);
        entry.put("interrupted", InterruptedRevision.json(pending));
        output.database(db, entry);
        if (pending != null && !output.isJson()) {
            getLog().warn(InterruptedRevision.line(db, pending));
        }
        if (current.isEmpty()) {
            output.line(db + ": base" + (graph.isEmpty() ? "" : " (" + count(behind) + " to apply: mvn migrate:upgrade)"));
            return;
        }
        boolean verbose = flag("verbose", this.verbose);
        for (String id : current) {
            if (unknown.contains(id)) {
                output.line(db + ": " + id + " (not a revision of this project)");
                continue;
            }
            output.line(db + ": " + format.marked(graph.get(id)));
            if (verbose) {
                format.verbose(graph.get(id)).forEach(line -> output.line(line.isEmpty() ? "" : "  " + line));
            }
        }
        advise(db, unknown, heads, behind, output);
    }

    /** What to run next, matching what that goal will do: upgrade refuses a database at an unknown revision. */
    private void advise(String db, List<String> unknown, List<String> heads, Integer behind, GoalOutput output) {
        if (!unknown.isEmpty()) {
            getLog().warn(db + ": " + Migrator.unknownRevision(unknown.get(0)));
        } else if (heads.size() > 1) {
            output.line(db + ": the revisions have several heads (" + String.join(", ", heads) + "): mvn migrate:merge"
                    + " -Dmessage=\"…\" joins them; mvn migrate:upgrade -Dtarget=heads applies every branch");
        } else if (behind > 0) {
            output.line(db + ": behind head " + heads.get(0) + " by " + count(behind) + ": mvn migrate:upgrade applies "
                    + (behind == 1 ? "it" : "them"));
        }
    }

    private static Map<String, Object> json(List<String> current, List<String> unknown, List<String> heads, Integer behind,
                                            RevisionGraph graph, RevisionFormat format) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("current", current.stream().map(id -> unknown.contains(id) ? unknownJson(id) : currentJson(graph.get(id), format))
                .toList());
        entry.put("heads", heads);
        entry.put("behind", behind);
        entry.put("unknown", unknown);
        return entry;
    }

    private static Map<String, Object> currentJson(RevisionInfo r, RevisionFormat format) {
        Map<String, Object> json = format.json(r);
        json.put("current", true);
        return json;
    }

    private static Map<String, Object> unknownJson(String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("revision", id);
        r.put("known", false);
        return r;
    }

    private static String count(int revisions) {
        return revisions + " revision" + (revisions == 1 ? "" : "s");
    }
}
