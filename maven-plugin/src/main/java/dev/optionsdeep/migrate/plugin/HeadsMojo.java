package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists each database's heads, the revisions no other follows: {@code b4f2e8c9d120 (prices) (head)}.
 * More than one means the history has branched and {@code migrate:merge} is due. Needs no database.
 */
@Mojo(name = HeadsMojo.GOAL, threadSafe = true)
public class HeadsMojo extends AbstractMigrateMojo {

    static final String GOAL = "heads";

    /** Print each head as {@code history -Dverbose} does. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() throws IOException {
        GoalOutput output = output().start(GOAL, null);
        forEachDatabase(output, (db, revisions, layout) -> {
            RevisionGraph graph = revisions.graph();
            RevisionFormat format = RevisionFormat.of(graph, Set.of(), project.getBasedir().toPath(), layout, db);
            List<RevisionInfo> heads = graph.heads();
            for (RevisionInfo head : heads) {
                if (flag("verbose", verbose)) {
                    output.lines(format.verbose(head));
                } else {
                    output.line(format.marked(head));
                }
            }
            output.database(db, Map.of("revisions", heads.stream().map(format::json).toList()));
            if (heads.size() > 1) {
                getLog().info(heads.size() + " heads: join them with mvn migrate:merge -Dmessage=\"…\" before"
                        + " upgrading to head");
            }
        });
        output.finish();
    }
}
