package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.Confirmation;
import dev.optionsdeep.migrate.executor.ConnectionFactory;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.SqlScript;
import dev.optionsdeep.migrate.executor.Step;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Upgrade and downgrade: move each selected database to a target, then summarise. */
abstract class AbstractMoveMojo extends AbstractMigrateMojo {

    /**
     * Write the move's SQL to a file under {@code target/migrate/} instead of running it, for review
     * and for {@code psql}; needs no database. The target may then be a range {@code from:to}
     * (required for a downgrade, since the script cannot ask the database where it is).
     */
    @Parameter(property = "migrate.sql", defaultValue = "false")
    boolean sql;

    /** "upgrade" or "downgrade". */
    abstract String direction();

    /** The target given on the command line, or the goal's default; null when the goal needs one and none was given. */
    abstract String target();

    /**
     * Runs the move; {@code confirmation}, when not null, is asked under the migration lock about the
     * move's risks before anything runs.
     */
    abstract List<Step> move(Migrator migrator, String target, Confirmation confirmation);

    /** What the goal requires of the compiled model before it moves; nothing by default. */
    void checkModel(ProjectLayout layout, List<String> databases) {
    }

    /** What the goal checks of one database's revisions before it moves it; nothing by default. */
    void checkRevisions(ProjectLayout layout, String db, Revisions revisions) {
    }

    @Override
    final void run() throws IOException {
        String target = target();
        if (target == null) {
            throw new ConfigurationException(direction() + " needs a target: -Dtarget=-1 (one revision back),"
                    + " -Dtarget=<revision id or prefix>, or -Dtarget=base (empty database)");
        }
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        if (databases.size() > 1 && !List.of("head", "heads", "base").contains(target.strip())) {
            throw new ConfigurationException("-Dtarget=" + target + " names a move within one database, and this run acts on "
                    + String.join(", ", databases) + ": add -Ddatabase=… (one of them)");
        }
        checkModel(layout, databases);
        if (flag("sql", sql)) {
            writeScripts(layout, databases, target);
            return;
        }
        ResolvedEnvironment environment = environment();
        GoalOutput output = output().start(direction(), environment);
        List<String> summary = new ArrayList<>();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases) {
                Revisions revisions = revisions(loader, layout, db);
                checkRevisions(layout, db, revisions);
                ConnectionSettings settings = connectionSettings(environment, db);
                announce(environment, db, settings);
                Migrator migrator = new Migrator(ConnectionFactory.of(settings), revisions, log(), locking(environment));
                // Asked under the lock: a run that waited behind another one checks the move it really makes. Outside
                // a protected environment nothing is asked, and the executor warns once of the data the move may lose.
                Confirmation confirmation = !environment.isProtected() ? null : risks -> requireConfirmation(environment,
                        "this " + direction() + " of database " + db + ":\n  " + String.join("\n  ", risks));
                List<Step> steps = inDatabase(db, environment, () -> move(migrator, target, confirmation));
                summary.add(summarise(db, steps));
                output.database(db, json(steps));
            }
        }
        output.lines(summary);
        output.finish();
    }

    private void writeScripts(ProjectLayout layout, List<String> databases, String target) throws IOException {
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases) {
                SqlScript script;
                try {
                    script = SqlScript.of(db, revisions(loader, layout, db), direction().equals("upgrade"), target);
                } catch (RevisionException e) {
                    throw new ConfigurationException("database " + db + ": " + e.getMessage(), e);
                }
                getLog().info(ScriptFiles.summary(script, ScriptFiles.write(Path.of(project.getBuild().getDirectory()), script)));
            }
        }
    }

    /** One database's entry of the JSON summary: where it was, where it is, and each revision run. */
    private static Map<String, Object> json(List<Step> steps) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("from", steps.isEmpty() ? null : steps.get(0).from());
        entry.put("to", steps.isEmpty() ? null : steps.get(steps.size() - 1).to());
        entry.put("revisions", steps.stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("revision", s.revision());
            step.put("message", s.message());
            step.put("ms", s.duration().toMillis());
            return step;
        }).toList());
        entry.put("ms", steps.stream().map(Step::duration).reduce(Duration.ZERO, Duration::plus).toMillis());
        return entry;
    }

    private String summarise(String db, List<Step> steps) {
        if (steps.isEmpty()) {
            return db + ": nothing to " + direction();
        }
        Duration total = steps.stream().map(Step::duration).reduce(Duration.ZERO, Duration::plus);
        String from = Migrator.describe(steps.get(0).from());
        String to = Migrator.describe(steps.get(steps.size() - 1).to());
        return db + ": " + direction() + "d " + from + " -> " + to + " (" + steps.size() + " revision"
                + (steps.size() == 1 ? "" : "s") + ", " + total.toMillis() + " ms)";
    }
}
