package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists each database's revisions, newest first, as Alembic does: {@code ae1027a6acf3 -> b4f2e8c9d120 (head),
 * Add stock_prices table}. With {@code -Dverbose}: revision, parent, path, creation time and message.
 * Needs no database.
 */
@Mojo(name = HistoryMojo.GOAL, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class HistoryMojo extends AbstractMigrateMojo {

    static final String GOAL = "history";

    /** Print revision, parent, path and message of each revision. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() throws IOException {
        ProjectLayout layout = layout();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                RevisionGraph graph = revisions(loader, layout, db).graph();
                getLog().info("Database " + db + ":");
                if (graph.isEmpty()) {
                    getLog().info("  no revisions yet: mvn migrate:revision -Dmessage=\"…\" creates the first");
                    continue;
                }
                lines(graph, layout, db).forEach(getLog()::info);
            }
        }
    }

    List<String> lines(RevisionGraph graph, ProjectLayout layout, String db) {
        boolean verbose = this.verbose || flag("verbose", false);
        List<RevisionInfo> newestFirst = new ArrayList<>(graph.revisions());
        java.util.Collections.reverse(newestFirst);
        List<String> heads = graph.heads().stream().map(RevisionInfo::id).toList();
        List<String> out = new ArrayList<>();
        for (RevisionInfo r : newestFirst) {
            String head = heads.contains(r.id()) ? " (head)" : "";
            String parents = r.isBase() ? "<base>" : String.join(", ", r.parents());
            if (!verbose) {
                out.add(parents + " -> " + r.id() + head + ", " + r.message());
                continue;
            }
            String simpleName = r.source().substring(r.source().lastIndexOf('.') + 1);
            Path path = project.getBasedir().toPath().relativize(layout.sourceFile(db, simpleName));
            out.add("Rev: " + r.id() + head);
            out.add("Parent: " + parents);
            out.add("Path: " + path);
            if (!r.created().isEmpty()) {
                out.add("Created: " + r.created());
            }
            out.add("");
            out.add("    " + r.message().replace("\n", "\n    "));
            out.add("");
        }
        return out;
    }
}
