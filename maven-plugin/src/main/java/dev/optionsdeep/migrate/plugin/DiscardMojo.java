package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Targets;
import dev.optionsdeep.migrate.plugin.graph.EnvironmentStates;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes a revision no database has applied: {@code mvn migrate:discard -Drev=<revision>}, for a
 * revision written by mistake. Only a head can go (no revision follows it), and only when no
 * configured environment that can be reached has it applied. Deletes its class and snapshot, and
 * what the build copied of them to {@code target/classes}, and points the head record at its parent.
 */
@Mojo(name = DiscardMojo.GOAL, threadSafe = true)
public class DiscardMojo extends AbstractMigrateMojo {

    static final String GOAL = "discard";

    /** The revision to remove: an id or a unique prefix, or {@code head}. Required: {@code -Drev=…}. */
    @Parameter(property = ShowMojo.MIGRATE_REVISION)
    String revision;

    @Override
    void run() throws IOException {
        String wanted = option(ShowMojo.REV, ShowMojo.MIGRATE_REVISION, revision);
        if (wanted == null) {
            throw new ConfigurationException("discard needs the revision to remove: -Drev=<revision id or prefix>"
                    + " (mvn migrate:heads lists the revisions that can go)");
        }
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        if (databases.size() > 1) {
            throw new ConfigurationException("a revision belongs to one database: add -Ddatabase=… (one of "
                    + String.join(", ", databases) + ")");
        }
        String db = databases.get(0);
        try (URLClassLoader loader = projectClassLoader()) {
            Revisions revisions = revisions(loader, layout, db);
            RevisionInfo r = removable(revisions.graph(), db, wanted);
            requireUnapplied(db, revisions, r);
            remove(layout, db, revisions.graph(), r);
        }
    }

    /** The revision, when it is a head whose removal leaves one head (or none). */
    private static RevisionInfo removable(RevisionGraph graph, String db, String wanted) {
        RevisionInfo r = Targets.resolve(graph, Optional.empty(), wanted).map(graph::get).orElseThrow(() ->
                new ConfigurationException("base is the empty database, not a revision: name the revision to remove"));
        if (!graph.children(r.id()).isEmpty()) {
            throw new ConfigurationException("revision " + r.id() + " of database " + db + " is followed by "
                    + String.join(", ", graph.children(r.id())) + ": only a head can be discarded. Discard those first.");
        }
        if (graph.heads().size() > 1 || r.parents().size() > 1) {
            throw new ConfigurationException("database " + db + " has several heads, or " + r.id() + " merges them:"
                    + " discarding it would leave the head record without one head. Remove it by hand.");
        }
        return r;
    }

    /** Refuses when a reachable environment has the revision applied; says which environments could not be checked. */
    private void requireUnapplied(String db, Revisions revisions, RevisionInfo r) {
        EnvironmentStates states = environmentStates(db, revisions);
        states.at().forEach((environment, at) -> {
            if (at.contains(r.id()) || revisions.graph().withAncestors(at.stream()
                    .filter(id -> revisions.graph().find(id).isPresent()).toList()).contains(r.id())) {
                throw new ConfigurationException("revision " + r.id() + " is applied in environment " + environment
                        + " (database " + db + " is at " + Migrator.describe(at) + "): revert it there first (mvn"
                        + " migrate:downgrade -Dtarget=-1 -Denv=" + environment + "), or keep it.");
            }
        });
        if (!states.unreachable().isEmpty()) {
            getLog().warn("Not checked, since they could not be read: " + String.join(", ", states.unreachableLines()));
        }
    }

    private void remove(ProjectLayout layout, String db, RevisionGraph graph, RevisionInfo r) throws IOException {
        String name = r.simpleName();
        Path base = project.getBasedir().toPath();
        List<Path> removed = new ArrayList<>();
        for (Path file : List.of(layout.sourceFile(db, name), layout.snapshotFile(db, name))) {
            if (Files.deleteIfExists(file)) {
                removed.add(base.relativize(file));
            }
        }
        Path built = layout.outputDirectory().resolve(layout.packageOf(db).replace('.', '/'));
        if (Files.isDirectory(built)) {
            try (DirectoryStream<Path> copies = Files.newDirectoryStream(built, name + "{.class,$*.class,.schema.json}")) {
                for (Path copy : copies) {
                    Files.delete(copy);
                    removed.add(base.relativize(copy));
                }
            }
        }
        if (r.parents().isEmpty()) {
            Files.deleteIfExists(layout.headFile(db));
        } else {
            Snapshots.writeHeadRecord(layout, db, r.parents().get(0), graph.get(r.parents().get(0)).simpleName());
        }
        getLog().info(db + ": revision " + r.id() + " (" + r.message() + ") discarded, head is now " + (r.parents().isEmpty() ? "base" : r.parents().get(0)) + "; removed " + String.join(", ",
                removed.stream().map(Path::toString).toList()));
    }
}
