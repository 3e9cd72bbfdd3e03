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
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shows one revision: {@code mvn migrate:show -Drev=ae1027}. Its message, parents, branch and
 * path, then the steps of its upgrade and downgrade in words and as the SQL they run. Needs no
 * database.
 */
@Mojo(name = ShowMojo.GOAL, threadSafe = true)
public class ShowMojo extends AbstractMigrateMojo {

    static final String GOAL = "show";

    /** The short name of the revision to show; not {@code revision}, which Maven's CI-friendly versions use. */
    static final String REV = "rev";
    static final String MIGRATE_REVISION = "migrate.revision";

    /**
     * The revision to show: an id or a unique prefix, {@code head}, {@code head~1}, {@code <branch>@head}.
     * Required: {@code -Drev=…} or {@code -Dmigrate.revision=…} (not {@code -Drevision}, which is Maven's
     * project version in CI-friendly POMs).
     */
    @Parameter(property = "migrate.revision")
    String revision;

    @Override
    void run() throws IOException {
        String wanted = option(REV, MIGRATE_REVISION, revision);
        if (wanted == null) {
            throw new ConfigurationException("show needs the revision to show: -Drev=<revision id or prefix>,"
                    + " or -Drev=head (mvn migrate:history lists them)" + (session.getUserProperties()
                    .containsKey("revision") ? ". -Drevision is Maven's ${revision} (the project version of CI-friendly"
                    + " POMs), so Migrate does not read it: write -Drev=… or -Dmigrate.revision=…" : ""));
        }
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        GoalOutput output = output().start(GOAL, null);
        List<String> misses = new ArrayList<>();
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
                        project.getBasedir().toPath(), layout, db), output);
            }
        }
        if (misses.size() == databases.size()) {
            throw new ConfigurationException("no database has revision '" + wanted + "':\n  " + String.join("\n  ", misses));
        }
        output.finish();
    }

    private void show(String db, Revisions revisions, RevisionInfo r, RevisionFormat format, GoalOutput output) {
        output.line("Database " + db + ":");
        output.lines(format.verbose(r));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", format.json(r));
        entry.put("upgrade", steps(revisions, r, true, output));
        entry.put("downgrade", steps(revisions, r, false, output));
        output.database(db, entry);
    }

    /** Prints the steps of one direction in words and as SQL; returns them for the JSON document. */
    private Map<String, Object> steps(Revisions revisions, RevisionInfo r, boolean upgrade, GoalOutput output) {
        String name = upgrade ? "Upgrade" : "Downgrade";
        Map<String, Object> json = new LinkedHashMap<>();
        List<Change> steps;
        try {
            steps = Operations.stepsOf(revisions.migration(r.id()), upgrade);
        } catch (NoConnectionException e) {
            output.line(name + ": runs its own JDBC code through ops.connection(); its steps are known only when it runs");
            json.put("readable", false);
            return json;
        }
        json.put("readable", true);
        json.put("steps", StepLines.json(steps));
        if (steps.isEmpty()) {
            output.line(name + ": no steps");
            json.put("sql", List.of());
            return json;
        }
        output.line(name + " steps:");
        output.lines(StepLines.text(steps));
        output.line(name + " SQL:");
        List<String> sql = new ArrayList<>();
        for (Statement s : PostgresSql.statements(steps)) {
            output.line("  " + s.sql().replace("\n", "\n  ") + ";" + (s.transactional() ? "" : "  -- outside a transaction"));
            sql.add(s.sql());
        }
        json.put("sql", sql);
        return json;
    }
}
