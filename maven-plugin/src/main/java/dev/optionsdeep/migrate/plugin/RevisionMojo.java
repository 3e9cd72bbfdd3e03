package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionNames;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a new revision: {@code mvn migrate:revision -Dmessage="Create companies table"}. Compiles
 * the project, compares the entity model with the head revision's snapshot, and writes a migration
 * class with the detected changes and their exact inverse, plus the new revision's snapshot. Needs
 * no database. With {@code -Dautogenerate=false}, writes an empty revision to fill in by hand.
 */
@Mojo(name = RevisionMojo.GOAL, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RevisionMojo extends AbstractMigrateMojo {

    static final String GOAL = "revision";

    /** What the revision does; becomes its message and its class name. Required. */
    @Parameter(property = "migrate.message")
    String message;

    /** {@code false} writes an empty revision for hand-written steps instead of the detected changes. */
    @Parameter(property = "migrate.autogenerate")
    String autogenerate;

    private final SecureRandom random = new SecureRandom();

    @Override
    void run() throws IOException {
        String text = option("message", message);
        if (text == null) {
            throw new ConfigurationException("a revision needs a message: mvn migrate:revision -Dmessage=\"Create companies table\"");
        }
        String auto = option("autogenerate", autogenerate);
        boolean detect = auto == null || !auto.strip().equalsIgnoreCase("false");
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        if (!detect && databases.size() > 1) {
            throw new ConfigurationException("an empty revision belongs to one database: add -Ddatabase=… (one of "
                    + String.join(", ", databases) + ")");
        }
        int written = 0;
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases) {
                if (revise(layout, loader, db, text.strip(), detect)) {
                    written++;
                }
            }
        }
        if (written > 0) {
            getLog().info("Review the generated code, then apply it: mvn migrate:upgrade");
        }
    }

    private boolean revise(ProjectLayout layout, URLClassLoader loader, String db, String text, boolean detect) throws IOException {
        Snapshot model = layout.model(db).orElseThrow(() -> new ConfigurationException(
                "no compiled model for database " + db + ": run the build again (mvn compile)"));
        RevisionGraph graph = revisions(loader, layout, db).graph();
        List<String> parents = List.of();
        Snapshot head = Snapshot.empty(db);
        if (!graph.isEmpty()) {
            List<RevisionInfo> heads = graph.heads();
            if (heads.size() > 1) {
                throw new RevisionException("database " + db + " has several heads ("
                        + String.join(", ", heads.stream().map(RevisionInfo::id).toList())
                        + "): a new revision cannot follow all of them. Keep one line of history: delete the newer"
                        + " revision's class and snapshot and generate it again.");
            }
            RevisionInfo last = heads.get(0);
            parents = List.of(last.id());
            Path file = layout.snapshotFile(db, simpleName(last.source()));
            head = ProjectLayout.read(file).orElseThrow(() -> new ConfigurationException("the snapshot of head revision "
                    + last.id() + " is missing: " + file + ". Restore it from version control;"
                    + " Migrate compares the model with it to find what changed."));
        }
        List<Change> changes = detect ? SchemaDiff.between(head.schema(), model.schema()) : List.of();
        if (detect && changes.isEmpty()) {
            getLog().info(db + ": no changes detected; the model matches "
                    + (parents.isEmpty() ? "base" : "head revision " + parents.get(0)) + ". Nothing written.");
            return false;
        }
        getLog().info(db + ": " + (detect ? "detected " + changes.size() + " change" + (changes.size() == 1 ? "" : "s") : "empty revision"));
        for (Change c : changes) {
            getLog().info("  " + (c.losesData() ? "- " : "+ ") + c.describe() + (c.losesData() ? "  (drops data)" : ""));
        }

        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String className = uniqueClassName(layout, db, RevisionNames.className(created, text));
        String id = newId(graph);
        RevisionSpec spec = new RevisionSpec(layout.packageOf(db), className, id, parents, text, created,
                changes, SchemaDiff.inverse(changes));
        Path source = MigrationSource.write(spec, layout.sourceDirectory());
        Path snapshot = layout.snapshotFile(db, className);
        Files.createDirectories(snapshot.getParent());
        Snapshot captured = detect ? model : new Snapshot(db, head.schema());
        Files.writeString(snapshot, SnapshotCodec.write(captured), StandardCharsets.UTF_8);
        Files.writeString(layout.headFile(db), headRecord(db, id, className), StandardCharsets.UTF_8);
        Path base = project.getBasedir().toPath();
        getLog().info(db + ": revision " + id + " written to " + base.relativize(source));
        getLog().info(db + ": its snapshot written to " + base.relativize(snapshot));
        return true;
    }

    /**
     * The head record: one line that every new revision rewrites, so that two branches which each
     * add a revision conflict here in version control instead of surprising production.
     */
    static String headRecord(String db, String id, String className) {
        return "# The head revision of database " + db + ", rewritten by migrate:revision.\n"
                + "# A merge conflict here means two branches each added a revision: keep one line of history by\n"
                + "# deleting your branch's revision (class and snapshot) and generating it again on top of the other.\n"
                + id + " " + className + "\n";
    }

    private String uniqueClassName(ProjectLayout layout, String db, String candidate) {
        String name = candidate;
        for (int i = 2; Files.exists(layout.sourceFile(db, name)); i++) {
            name = candidate + "_" + i;
        }
        return name;
    }

    private String newId(RevisionGraph graph) {
        String id;
        do {
            id = RevisionNames.newRevisionId(random);
        } while (graph.find(id).isPresent());
        return id;
    }

    private static String simpleName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1);
    }
}
