package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.diff.SchemaMerge;
import dev.optionsdeep.migrate.diff.UnsupportedChangeException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionNames;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Joins the heads of each database into one: {@code mvn migrate:merge -Dmessage="Merge heads"} writes
 * a revision that follows every head and has no steps of its own, with a snapshot that joins the
 * heads' snapshots. Changes that two branches both make are reported, not guessed. Needs no database.
 */
@Mojo(name = MergeMojo.GOAL, threadSafe = true)
public class MergeMojo extends AbstractMigrateMojo {

    static final String GOAL = "merge";

    /** What the merge revision says; becomes its message and its class name. Required. */
    @Parameter(property = "migrate.message")
    String message;

    private final SecureRandom random = new SecureRandom();

    @Override
    void run() throws IOException {
        String text = option("message", message);
        if (text == null) {
            throw new ConfigurationException("a merge revision needs a message: mvn migrate:merge -Dmessage=\"Merge heads\"");
        }
        ProjectLayout layout = layout();
        try (ProjectLock lock = ProjectLock.acquire(Path.of(project.getBuild().getDirectory()), getLog());
             URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                RevisionGraph graph = revisions(loader, layout, db).graph();
                Snapshots.requireCompiledHead(layout, db, graph, session.getRequest().getStartTime().toInstant());
                merge(layout, db, graph, text.strip());
            }
        }
    }

    private void merge(ProjectLayout layout, String db, RevisionGraph graph, String text) throws IOException {
        List<RevisionInfo> heads = graph.heads();
        if (heads.size() < 2) {
            getLog().info(db + ": " + (heads.isEmpty() ? "no revisions" : "one head, " + heads.get(0).id())
                    + "; nothing to merge");
            return;
        }
        List<String> ids = heads.stream().map(RevisionInfo::id).toList();
        SchemaMerge.Result joined = Snapshots.merged(layout, db, graph, ids);
        if (joined.hasConflicts()) {
            throw new ConfigurationException("database " + db + ": the heads " + String.join(", ", ids)
                    + " cannot be merged: their branches change the same things.\n  "
                    + String.join("\n  ", joined.conflicts())
                    + "\nMigrate does not guess which to keep. Make each change in one branch only: edit or delete the"
                    + " other branch's revision (class and snapshot), or, where it is applied already, add a revision to"
                    + " that branch that reverts it. Then run migrate:merge again.");
        }

        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String className = RevisionMojo.uniqueClassName(layout, db, RevisionNames.className(created, text));
        String id = RevisionMojo.newId(graph, random);
        RevisionSpec spec = new RevisionSpec(layout.packageOf(db), className, id, ids, text, created, List.of(), List.of());
        Path source = MigrationSource.write(spec, layout.sourceDirectory());
        Path snapshot = Snapshots.write(layout, db, className, joined.schema());
        Snapshots.writeHeadRecord(layout, db, id, className);
        Path basedir = project.getBasedir().toPath();
        getLog().info(db + ": merge revision " + id + " of " + String.join(", ", ids) + " written to "
                + basedir.relativize(source));
        getLog().info(db + ": its snapshot written to " + basedir.relativize(snapshot));
        if (!matchesModel(layout, db, joined.schema())) {
            getLog().info(db + ": the model has changes the merge does not capture: mvn migrate:revision -Dmessage=\"…\""
                    + " writes them as the next revision");
        }
    }

    private static boolean matchesModel(ProjectLayout layout, String db, Schema merged) {
        try {
            // An incomplete model lacks what it left out: comparing would report it as a change to capture.
            return layout.model(db).filter(Snapshot::isComplete)
                    .map(model -> SchemaDiff.between(merged, model.schema()).isEmpty()).orElse(true);
        } catch (UnsupportedChangeException e) {
            return false;
        }
    }
}
