package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.Checksums;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.Revisions;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares every revision applied to each database with its code, as upgrade does before it runs:
 * {@code mvn migrate:validate -Denv=prod}. Fails, naming each changed revision and its first
 * differing step, when an applied revision was edited since. Takes no lock and changes nothing.
 */
@Mojo(name = ValidateMojo.GOAL, threadSafe = true)
public class ValidateMojo extends AbstractMigrateMojo {

    static final String GOAL = "validate";

    @Override
    void run() throws IOException, MojoFailureException {
        ProjectLayout layout = layout();
        ResolvedEnvironment environment = environment();
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                Revisions revisions = revisions(loader, layout, db);
                ConnectionSettings settings = connectionSettings(environment, db);
                announce(environment, db, settings);
                Checksums.Validation validation = inDatabase(db, environment,
                        () -> new Checksums(settings, revisions, log(), lockTimeout()).validate());
                report(db, validation);
                if (!validation.passed()) {
                    failures.add("database " + db + ", environment " + environment.name() + ": " + validation.failure());
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException(String.join("\n", failures));
        }
    }

    private void report(String db, Checksums.Validation validation) {
        validation.notCompared().forEach(line -> getLog().warn(db + ": " + line));
        if (validation.heads().isEmpty()) {
            getLog().info(db + ": at base, no revision applied: nothing to validate");
        } else if (validation.passed()) {
            int n = validation.matching().size();
            getLog().info(db + ": at " + Migrator.describe(validation.heads()) + "; " + n + " applied revision"
                    + (n == 1 ? " matches its" : "s match their") + " code");
        } else {
            validation.mismatches().forEach(line -> getLog().error(db + ": " + line));
        }
    }
}
