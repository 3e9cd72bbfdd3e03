package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.migration.NoConnectionException;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Targets;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shows one revision: {@code mvn migrate:show -Drevision=ae1027}. Its message, parents, branch and
 * path, then the steps of its upgrade and downgrade in words and as the SQL they run. Needs no
 * database.
 */
@Mojo(name = ShowMojo.GOAL, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ShowMojo extends AbstractMigrateMojo {

    static final String GOAL = "show";

    /** The revision to show: an id or a unique prefix, {@code head}, {@code head~1}, {@code <branch>@head}. Required. */
    @Parameter(property = "migrate.revision")
    String revision;

    @Override
    void run() throws IOException {
        String wanted = option("revision", revision);
        if (wanted == null) {
            throw new ConfigurationException("show needs the revision to show: -Drevision=<revision id or prefix>,"
                    + " or -Drevision=head (mvn migrate:history lists them)");
        }
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        List<String> misses = new ArrayList<>();
        int shown = 0;
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases) {
                Revisions revisions = revisions(loader, layout, db);
                RevisionGraph graph = revisions.graph();
                Optional<String> id;
                try {
                    id = Targets.resolve(graph, Optional.empty(), wanted);
                } catch (RevisionException e) {
                    // With several databases, the revision belongs to one of them: look in the others.
                    if (databases.size() == 1) {
                        throw e;
                    }
                    misses.add(db + ": " + e.getMessage());
                    continue;
                }
                if (id.isEmpty()) {
                    throw new ConfigurationException("base is the empty database, before the first revision: there is"
                            + " nothing to show. Give a revision id or prefix.");
                }
                show(db, revisions, graph.get(id.get()), RevisionFormat.of(graph, Set.of(),
                        project.getBasedir().toPath(), layout, db));
                shown++;
            }
        }
        if (shown == 0) {
            throw new ConfigurationException("no database has revision '" + wanted + "':\n  " + String.join("\n  ", misses));
        }
    }

    private void show(String db, Revisions revisions, RevisionInfo r, RevisionFormat format) {
        getLog().info("Database " + db + ":");
        format.verbose(r).forEach(getLog()::info);
        steps(revisions, r, true);
        steps(revisions, r, false);
    }

    private void steps(Revisions revisions, RevisionInfo r, boolean upgrade) {
        String name = upgrade ? "Upgrade" : "Downgrade";
        List<Change> steps;
        try {
            steps = Operations.stepsOf(revisions.migration(r.id()), upgrade);
        } catch (NoConnectionException e) {
            getLog().info(name + ": runs its own JDBC code through ops.connection(); its steps are known only when it runs");
            return;
        }
        if (steps.isEmpty()) {
            getLog().info(name + ": no steps");
            return;
        }
        getLog().info(name + " steps:");
        java.util.List<java.util.Set<dev.optionsdeep.migrate.change.Risk>> risks = dev.optionsdeep.migrate.change.Risks.of(steps);
        for (int i = 0; i < steps.size(); i++) {
            Change c = steps.get(i);
            getLog().info("  " + (c.losesData() ? "- " : "+ ") + c.describe()
                    + "  (" + dev.optionsdeep.migrate.change.Risks.describe(risks.get(i)) + ")");
        }
        getLog().info(name + " SQL:");
        for (Statement s : PostgresSql.statements(steps)) {
            getLog().info("  " + s.sql().replace("\n", "\n  ") + ";"
                    + (s.transactional() ? "" : "  -- outside a transaction"));
        }
    }
}
