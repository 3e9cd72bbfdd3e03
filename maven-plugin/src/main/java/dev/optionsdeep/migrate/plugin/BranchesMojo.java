package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Lists where each database's history branches: every branch point with the revisions that follow
 * it ({@code -> b4f2e8c9d120 (prices), Create stock_prices table}). Needs no database.
 */
@Mojo(name = BranchesMojo.GOAL, threadSafe = true)
public class BranchesMojo extends AbstractMigrateMojo {

    static final String GOAL = "branches";

    /** Print each branch point as {@code history -Dverbose} does. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() throws IOException {
        GoalOutput output = textOutput();
        forEachDatabase(output, (db, revisions, layout) -> {
            RevisionGraph graph = revisions.graph();
            List<RevisionInfo> points = graph.branchPoints();
            if (points.isEmpty()) {
                output.line("  no branches: the history is one line");
                return;
            }
            RevisionFormat format = RevisionFormat.of(graph, Set.of(), project.getBasedir().toPath(), layout, db);
            for (RevisionInfo point : points) {
                if (flag("verbose", verbose)) {
                    output.lines(format.verbose(point));
                } else {
                    output.line(format.marked(point) + ", " + point.message());
                }
                for (String child : graph.children(point.id())) {
                    RevisionInfo r = graph.get(child);
                    output.line("    -> " + format.marked(r) + ", " + r.message());
                }
            }
        });
    }
}
