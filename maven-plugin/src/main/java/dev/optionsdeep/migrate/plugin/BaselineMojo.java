package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.FlywayHistory;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.introspect.ObjectDefinition;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionNames;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
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
import java.util.Objects;

/**
 * Adopts a database whose schema was made without Migrate (by Hibernate's {@code ddl-auto}, by Flyway,
 * by hand): {@code mvn migrate:baseline -Denv=prod}. Reads the live schema, writes a first revision
 * that creates exactly that schema (its snapshot is the schema read), records the database as being
 * at it without running anything, and reports how the entity model differs from it, which the next
 * {@code migrate:revision} captures. Refuses a database that has Migrate version rows, and a project
 * that has revisions already.
 */
@Mojo(name = BaselineMojo.GOAL, threadSafe = true)
public class BaselineMojo extends AbstractMigrateMojo {

    static final String GOAL = "baseline";

    /** The message of the baseline revision, which becomes its class name too; {@code Baseline} when absent. */
    @Parameter(property = "migrate.message")
    String message;

    /**
     * What to do with what the database holds and the model has no place for: {@code list} names it
     * only; {@code sql} also carries views, materialized views, functions, procedures, triggers and
     * extensions into the baseline revision as SQL steps, so that new databases get them too. Default {@code list}.
     */
    @Parameter(property = "migrate.unmodelled")
    String unmodelled;

    /** Flyway's history table, kept as it is and named in Migrate's history; default {@code flyway_schema_history}. */
    @Parameter(property = "migrate.flywayTable")
    String flywayTable;

    private final SecureRandom random = new SecureRandom();

    @Override
    void run() throws IOException {
        String text = Objects.requireNonNullElse(option("message", message), "Baseline").strip();
        boolean carry = carryUnmodelled(option("unmodelled", unmodelled));
        String historyTable = Objects.requireNonNullElse(option("flywayTable", flywayTable), FlywayHistory.DEFAULT_TABLE);
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        ResolvedEnvironment environment = environment();
        try (URLClassLoader loader = projectClassLoader()) {
            // Every database is checked before anything is written for any of them.
            for (String db : databases) {
                requireUnmanaged(layout, loader, db, environment);
            }
            for (String db : databases) {
                baseline(layout, revisions(loader, layout, db), db, environment, text, carry, historyTable);
            }
        }
        getLog().info("Review the baseline revisions and commit them; the next mvn migrate:revision captures how the"
                + " model differs from them.");
    }

    /** The Javadoc of a baseline revision: where its steps come from, instead of the entity model. */
    private static String origin(String db, ResolvedEnvironment environment, Instant created, List<ObjectDefinition> carried) {
        return "Written by {@code migrate:baseline} from the schema of database " + db + " in environment "
                + environment.name() + " as read at\n" + created + ", where it was recorded as applied without running:"
                + " it creates that schema from\nnothing, for new databases." + (carried.isEmpty() ? ""
                : " Views, functions, triggers and extensions are the SQL PostgreSQL\nprinted for them.");
    }

    private static boolean carryUnmodelled(String value) {
        return switch (value == null ? "list" : value.strip()) {
            case "list" -> false;
            case "sql" -> true;
            default -> throw new ConfigurationException("-Dunmodelled=" + value + " is not known: use list (name what"
                    + " Migrate does not model) or sql (also carry views, functions, triggers and extensions as SQL steps)");
        };
    }

    private void requireUnmanaged(ProjectLayout layout, URLClassLoader loader, String db, ResolvedEnvironment environment) {
        Revisions revisions = revisions(loader, layout, db);
        if (!revisions.graph().isEmpty()) {
            throw new ConfigurationException("database " + db + " has revisions in this project already (head "
                    + String.join(", ", revisions.graph().heads().stream().map(RevisionInfo::id).toList()) + "): a baseline is"
                    + " its first revision. Nothing written. To record that a database already has the schema of one of"
                    + " them, use mvn migrate:stamp -Dtarget=<revision> -Denv=" + environment.name() + " -Ddatabase=" + db + ".");
        }
        ConnectionSettings settings = connectionSettings(environment, db);
        List<String> heads = inDatabase(db, environment,
                () -> new Migrator(settings, revisions, log(), lockTimeout()).current());
        if (!heads.isEmpty()) {
            throw new ConfigurationException("database " + db + ", environment " + environment.name() + ": "
                    + Migrator.alreadyManaged(heads) + " Nothing written.");
        }
    }

    private void baseline(ProjectLayout layout, Revisions revisions, String db, ResolvedEnvironment environment,
                          String text, boolean carry, String historyTable) throws IOException {
        Snapshot model = layout.model(db).orElseThrow(() -> new ConfigurationException(
                "no compiled model for database " + db + ": run the build again (mvn compile)"));
        ConnectionSettings settings = connectionSettings(environment, db);
        announce(environment, db, settings);
        LiveSchema live = inDatabase(db, environment, () -> LiveSchema.read(settings, model.schema(), historyTable));
        List<ObjectDefinition> carried = live.definitions().stream().filter(d -> carry || d.completesColumn()).toList();
        String id = writeRevision(layout, revisions, db, environment, text, live, carried);

        String history = "baseline " + text + live.flyway().map(f -> "; " + f.describe()).orElse("");
        try {
            inDatabase(db, environment, () -> new Migrator(settings, revisions, log(), lockTimeout()).baseline(id, history));
        } catch (ConfigurationException e) {
            throw new ConfigurationException(e.getMessage() + "\nThe baseline revision " + id + " is written, but the"
                    + " database was not stamped: once that is fixed, run mvn migrate:stamp -Dtarget=" + id + " -Denv="
                    + environment.name() + " -Ddatabase=" + db + ".", e);
        }
        getLog().info(db + ": stamped base -> " + id + " (no migrations run)");
        live.flyway().ifPresent(f -> getLog().info(db + ": " + f.describe()));
        BaselineReport.unmodelled(getLog(), db, live.introspection().unsupported(), carried, carry);
        BaselineReport.unreadSchemas(getLog(), db, live.unreadSchemas());
        BaselineReport.modelDifference(getLog(), db, model, live.introspection().schema(), layout.renameHints(db));
    }

    /** Writes the baseline revision, its snapshot (the schema read) and the head record; returns its id. */
    private String writeRevision(ProjectLayout layout, Revisions revisions, String db, ResolvedEnvironment environment,
                                 String text, LiveSchema live, List<ObjectDefinition> carried) throws IOException {
        BaselineSteps steps = BaselineSteps.of(live.introspection().schema(), carried);
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String className = RevisionMojo.uniqueClassName(layout, db, RevisionNames.className(created, text));
        String id = RevisionMojo.newId(revisions.graph(), random);
        RevisionSpec spec = new RevisionSpec(layout.packageOf(db), className, id, List.of(), text, created,
                steps.upgrade(), steps.downgrade());
        Path source = MigrationSource.write(spec, layout.sourceDirectory(), origin(db, environment, created, carried));
        Path snapshot = Snapshots.write(layout, db, className, live.introspection().schema());
        Snapshots.writeHeadRecord(layout, db, id, className);
        Path base = project.getBasedir().toPath();
        getLog().info(db + ": baseline revision " + id + " written to " + base.relativize(source) + " ("
                + steps.upgrade().size() + " steps)");
        getLog().info(db + ": its snapshot, the schema read from the database, written to " + base.relativize(snapshot));
        return id;
    }
}
