package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.Confirmation;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.Step;
import dev.optionsdeep.migrate.migration.NoConnectionException;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * Applies revisions: {@code mvn migrate:upgrade} (to head), {@code -Dtarget=+1}, {@code -Dtarget=<revision>}.
 * Compiles the project first. With {@code -Dsql}, writes the SQL to a file instead of running it.
 */
@Mojo(name = UpgradeMojo.GOAL, threadSafe = true)
public class UpgradeMojo extends AbstractMoveMojo {

    static final String GOAL = "upgrade";

    /**
     * Where to go: {@code head} (default), {@code heads} (every branch), {@code <branch>@head}, {@code +N},
     * {@code head~N}, a revision id or a unique prefix of one; with {@code -Dsql}, also a range {@code from:to}.
     */
    @Parameter(property = "migrate.target")
    String target;

    /**
     * Upgrade although the compiled model is incomplete (the annotation processor could not map part of
     * it): the revisions are applied, with a warning listing what the model misses.
     */
    @Parameter(property = "migrate.allowIncompleteModel", defaultValue = "false")
    boolean allowIncompleteModel;

    /**
     * The revisions are right on their own, but a model the processor could not fully map means they may
     * not give the schema the code needs, and nothing else would say so: refused, unless allowed.
     */
    @Override
    void checkModel(ProjectLayout layout, List<String> databases) {
        boolean allowed = flag("allowIncompleteModel", allowIncompleteModel);
        for (String db : databases) {
            layout.model(db).filter(m -> !m.isComplete()).ifPresent(model -> {
                String message = IncompleteModel.message(model, "migrate:upgrade");
                if (!allowed) {
                    throw new ConfigurationException(message + "\nTo apply the revisions anyway: -D"
                            + "migrate.allowIncompleteModel=true");
                }
                getLog().warn(message.replace("migrate:upgrade refuses", "migrate:upgrade proceeds (-Dmigrate"
                        + ".allowIncompleteModel=true) with"));
            });
        }
    }

    /**
     * Stop, rather than warn, when the compiled model has changes that no revision captures (as
     * {@code -Amigrate.strict=true} does at compile time).
     */
    @Parameter(property = "migrate.strict", defaultValue = "false")
    boolean strict;

    /**
     * The model changes no revision captures are said on every upgrade, also when nothing was
     * recompiled: the upgrade applies revisions, and would leave those changes out of the database.
     */
    @Override
    void checkRevisions(ProjectLayout layout, String db, Revisions revisions) {
        List<RevisionInfo> heads = revisions.graph().heads();
        Snapshot model = layout.model(db).orElse(null);
        if (model == null || !model.isComplete() || heads.size() > 1) {
            return;
        }
        UncapturedChanges uncaptured = UncapturedChanges.of(layout, db, model, heads);
        if (uncaptured.isEmpty()) {
            return;
        }
        if (strict) {
            throw new ConfigurationException(uncaptured.describe() + "\nmigrate.strict is set, so nothing was upgraded.");
        }
        getLog().warn(uncaptured.describe() + "\n  The upgrade applies the revisions only, without these changes"
                + " (-Dmigrate.strict=true stops it instead).");
    }

    @Override
    String direction() {
        return "upgrade";
    }

    @Override
    String target() {
        String t = option("target", target);
        return t == null ? "head" : t;
    }

    @Override
    List<Step> move(Migrator migrator, String target, Confirmation confirmation) {
        return migrator.upgrade(target, confirmation);
    }
}
