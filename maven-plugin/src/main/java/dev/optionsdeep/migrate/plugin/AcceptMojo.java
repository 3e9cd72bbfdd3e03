package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.Checksums;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Step;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Targets;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records an applied revision's code as it is now, so that upgrades go on after it was changed on
 * purpose: {@code mvn migrate:accept -Daccept=ae1027 -Denv=prod}. The history gets a row (direction
 * {@code accept}) with the new checksum, who accepted it and when. Needs {@code -Dconfirm} in a
 * protected environment.
 */
@Mojo(name = AcceptMojo.GOAL, threadSafe = true)
public class AcceptMojo extends AbstractMigrateMojo {

    static final String GOAL = "accept";

    /** The applied revision whose code to accept: an id or a unique prefix ({@code -Daccept=ae1027}). Required. */
    @Parameter(property = "migrate.revision")
    String revision;

    @Override
    void run() throws IOException {
        String wanted = option("accept", revision);
        if (wanted == null) {
            throw new ConfigurationException("accept needs the revision whose code to accept: -Daccept=<revision id or"
                    + " prefix> (mvn migrate:validate names the revisions that changed)");
        }
        ProjectLayout layout = layout();
        ResolvedEnvironment environment = environment();
        try (URLClassLoader loader = projectClassLoader()) {
            String db = databaseOf(loader, layout, wanted);
            Revisions revisions = revisions(loader, layout, db);
            requireConfirmation(environment, "accept records the code of revision " + wanted + " as applied to database " + db);
            ConnectionSettings settings = connectionSettings(environment, db);
            announce(environment, db, settings);
            Optional<Step> accepted = inDatabase(db, environment,
                    () -> new Checksums(settings, revisions, log(), lockTimeout()).accept(wanted, Accepter.describe(project.getBasedir().toPath())));
            getLog().info(accepted.map(s -> db + ": accepted revision " + s.revision() + " as it is now; mvn migrate:upgrade"
                    + " goes on from here").orElse(db + ": nothing to accept"));
        }
    }

    /** The one database among the selected ones that has the revision. */
    private String databaseOf(URLClassLoader loader, ProjectLayout layout, String wanted) {
        List<String> databases = databases(layout);
        List<String> misses = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String db : databases) {
            try {
                Targets.resolve(revisions(loader, layout, db).graph(), Optional.empty(), wanted).ifPresent(id -> found.add(db));
            } catch (RevisionException e) {
                misses.add(db + ": " + e.getMessage());
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new ConfigurationException("no database has revision '" + wanted + "':\n  " + String.join("\n  ", misses));
        }
        throw new ConfigurationException("revision '" + wanted + "' names a revision in " + String.join(" and ", found)
                + ": add -Ddatabase=… (one of them)");
    }
}
