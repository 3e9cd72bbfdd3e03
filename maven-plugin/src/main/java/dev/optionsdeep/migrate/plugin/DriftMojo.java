package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.diff.SchemaMerge;
import dev.optionsdeep.migrate.drift.DriftReport;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Drift;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.schema.Schema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares each live database with the snapshot of the revision it is at and reports every
 * difference, such as a column added by hand or an index dropped: {@code mvn migrate:drift -Denv=prod}.
 * Fails when there is any; {@code -Dmigrate.format=json} prints the report as JSON for CI (also
 * written to {@code target/migrate/drift-<environment>.json}). What Migrate does not model (views,
 * functions, triggers, extensions) is listed as ignored, never drift. Takes the migration lock.
 */
@Mojo(name = DriftMojo.GOAL, threadSafe = true)
public class DriftMojo extends AbstractMigrateMojo {

    static final String GOAL = "drift";

    /** How to print the report: {@code text} (default) or {@code json} (machine-readable, for CI). */
    @Parameter(property = "migrate.format")
    String format;

    @Override
    void run() throws IOException, MojoFailureException {
        boolean json = json();
        ProjectLayout layout = layout();
        ResolvedEnvironment environment = environment();
        Map<String, DriftReport> reports = new LinkedHashMap<>();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                Revisions revisions = revisions(loader, layout, db);
                ConnectionSettings settings = connectionSettings(environment, db);
                announce(environment, db, settings);
                DriftReport report = inDatabase(db, environment, () -> new Drift(settings, revisions, log(), lockTimeout())
                        .check(heads -> expected(layout, db, revisions.graph(), heads)));
                reports.put(db, report);
                if (!json) {
                    print(db, report);
                }
            }
        }
        if (json) {
            String text = DriftJson.render(environment.name(), reports);
            Path file = DriftJson.write(Path.of(project.getBuild().getDirectory()), environment.name(), text);
            System.out.print(text);
            getLog().info("Drift report written to " + file.toAbsolutePath());
        }
        failOnDrift(environment, reports);
    }

    private boolean json() {
        String chosen = option("format", format);
        if (chosen == null || chosen.equals("text")) {
            return false;
        }
        if (chosen.equals("json")) {
            return true;
        }
        throw new ConfigurationException("-Dmigrate.format=" + chosen + " is not a format drift writes: use text (the"
                + " default) or json");
    }

    /** The schema a database at {@code heads} should have: its revision's snapshot, or theirs joined as merge does. */
    private static Schema expected(ProjectLayout layout, String db, RevisionGraph graph, List<String> heads) {
        if (heads.isEmpty()) {
            return Schema.EMPTY;
        }
        if (heads.size() == 1) {
            return Snapshots.of(layout, db, graph.get(heads.get(0))).schema();
        }
        SchemaMerge.Result merged = Snapshots.merged(layout, db, graph, heads);
        if (merged.hasConflicts()) {
            throw new ConfigurationException("database " + db + " is at " + Migrator.describe(heads) + ", whose snapshots"
                    + " cannot be joined to compare it with:\n  " + String.join("\n  ", merged.conflicts()));
        }
        return merged.schema();
    }

    private void print(String db, DriftReport report) {
        String at = report.revisions().isEmpty() ? "base" : Migrator.describe(report.revisions());
        if (report.hasDrift()) {
            int n = report.differences().size();
            getLog().error(db + ": " + n + " difference" + (n == 1 ? "" : "s") + " from the schema of revision " + at + ":");
            report.differences().forEach(d -> getLog().error("  " + d.message()));
        } else {
            getLog().info(db + ": no drift: the database has the schema of revision " + at);
        }
        if (!report.ignored().isEmpty()) {
            getLog().info(db + ": ignored, as Migrate does not model them (never drift):");
            report.ignored().forEach(line -> getLog().info("  " + line));
        }
    }

    private static void failOnDrift(ResolvedEnvironment environment, Map<String, DriftReport> reports)
            throws MojoFailureException {
        List<String> drifted = reports.entrySet().stream().filter(e -> e.getValue().hasDrift())
                .map(e -> e.getKey() + " (" + e.getValue().differences().size() + " difference"
                        + (e.getValue().differences().size() == 1 ? ")" : "s)")).toList();
        if (!drifted.isEmpty()) {
            throw new MojoFailureException("drift in environment " + environment.name() + ": " + String.join(", ", drifted)
                    + " differ from the schema their revisions give them. Undo the changes made by hand, or bring them"
                    + " into the model: change the entities, mvn migrate:revision -Dmessage=\"…\", then record it where"
                    + " the change is already made with mvn migrate:stamp -Dtarget=head, and upgrade elsewhere.");
        }
    }
}
