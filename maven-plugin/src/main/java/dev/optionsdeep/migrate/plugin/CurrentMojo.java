package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;

/**
 * Shows the revisions each database is at: {@code equities: ae1027a6acf3 (head)}; with
 * {@code -Dverbose}, each as {@code history -Dverbose} shows it.
 */
@Mojo(name = CurrentMojo.GOAL, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CurrentMojo extends AbstractMigrateMojo {

    static final String GOAL = "current";

    /** Also print each current revision's parents, branch, path, creation time and message, as history -Dverbose does. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() throws IOException {
        ProjectLayout layout = layout();
        ResolvedEnvironment environment = environment();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                Revisions revisions = revisions(loader, layout, db);
                ConnectionSettings settings = connectionSettings(environment, db);
                announce(environment, db, settings);
                Migrator migrator = new Migrator(settings, revisions, log(), lockTimeout());
                List<String> heads = inDatabase(db, environment, migrator::current);
                report(db, heads, revisions.graph(), RevisionFormat.of(revisions.graph(), Set.of(),
                        project.getBasedir().toPath(), layout, db));
                inDatabase(db, environment, migrator::interrupted).ifPresent(what -> getLog().warn(db + ": " + what
                        + ". mvn migrate:upgrade (or downgrade) of that revision resumes it."));
            }
        }
    }

    private void report(String db, List<String> current, RevisionGraph graph, RevisionFormat format) {
        if (current.isEmpty()) {
            getLog().info(db + ": base" + (graph.isEmpty() ? "" : " (" + graph.revisions().size()
                    + " revision" + (graph.revisions().size() == 1 ? "" : "s") + " to apply: mvn migrate:upgrade)"));
            return;
        }
        List<String> heads = graph.heads().stream().map(RevisionInfo::id).toList();
        boolean verbose = flag("verbose", this.verbose);
        for (String id : current) {
            RevisionInfo r = graph.find(id).orElse(null);
            if (r == null) {
                getLog().warn(db + ": " + id + " (not a revision of this project: is this the right branch?)");
                continue;
            }
            getLog().info(db + ": " + format.marked(r));
            if (verbose) {
                format.verbose(r).forEach(line -> getLog().info(line.isEmpty() ? "" : "  " + line));
            }
        }
        if (heads.size() > 1) {
            getLog().info(db + ": the revisions have several heads (" + String.join(", ", heads) + "): mvn migrate:merge"
                    + " -Dmessage=\"…\" joins them; mvn migrate:upgrade -Dtarget=heads applies every branch");
        } else if (!current.containsAll(heads)) {
            getLog().info(db + ": behind head " + String.join(", ", heads) + ": mvn migrate:upgrade applies the rest");
        }
    }
}
