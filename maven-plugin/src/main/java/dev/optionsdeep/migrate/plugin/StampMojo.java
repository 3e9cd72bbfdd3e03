package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.SchemaProbe;
import dev.optionsdeep.migrate.executor.Step;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.schema.Table;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records that each database is at a revision without running any migration:
 * {@code mvn migrate:stamp -Dtarget=head}, to adopt a database whose schema is already there. The
 * stamp is recorded in the history; {@code -Dpurge} empties the version table first.
 */
@Mojo(name = StampMojo.GOAL, threadSafe = true)
public class StampMojo extends AbstractMigrateMojo {

    static final String GOAL = "stamp";

    /** The revision to record: {@code head}, {@code heads}, a revision id or prefix, {@code <branch>@head}, {@code base}. Required. */
    @Parameter(property = "migrate.target")
    String target;

    /** Empty the version table first, even of revisions this project does not have. */
    @Parameter(property = "migrate.purge", defaultValue = "false")
    boolean purge;

    @Override
    void run() throws IOException {
        String to = option("target", target);
        if (to == null) {
            throw new ConfigurationException("stamp needs the revision to record: -Dtarget=head (the database already"
                    + " has the latest schema), -Dtarget=<revision id or prefix>, or -Dtarget=base");
        }
        boolean clear = flag("purge", purge);
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        ResolvedEnvironment environment = environment();
        requireConfirmation(environment, "stamp rewrites the version table without running migrations");
        List<String> summary = new ArrayList<>();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases) {
                Revisions revisions = revisions(loader, layout, db);
                ConnectionSettings settings = connectionSettings(environment, db);
                announce(environment, db, settings);
                Optional<Step> stamp = inDatabase(db, environment,
                        () -> new Migrator(settings, revisions, log(), lockTimeout()).stamp(to, clear));
                summary.add(stamp.map(s -> db + ": stamped " + Migrator.describe(s.from()) + " -> "
                        + Migrator.describe(s.to()) + " (no migrations run)").orElse(db + ": nothing to stamp"));
                stamp.ifPresent(s -> warnOfMissingTables(layout, db, settings, revisions, s.to()));
            }
        }
        summary.forEach(getLog()::info);
    }

    /** A stamp says the schema is there without looking: look, and say when the revision's tables are not. */
    private void warnOfMissingTables(ProjectLayout layout, String db, ConnectionSettings settings, Revisions revisions,
                                     List<String> stamped) {
        List<Table> tables = stamped.stream().map(id -> Snapshots.of(layout, db, revisions.graph().get(id)))
                .flatMap(snapshot -> snapshot.schema().tables().stream()).distinct().toList();
        List<String> missing = SchemaProbe.missingTables(settings, tables);
        if (!missing.isEmpty()) {
            getLog().warn(db + ": stamped " + Migrator.describe(stamped) + ", but the database has no table "
                    + String.join(", ", missing) + " of that revision: its schema is not there. If the database is"
                    + " empty, undo the stamp (mvn migrate:stamp -Dtarget=base -Dpurge) and run mvn migrate:upgrade.");
        }
    }
}
