package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.Confirmation;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.executor.Step;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * Reverts revisions: {@code mvn migrate:downgrade -Dtarget=-1}, {@code -Dtarget=<revision>},
 * {@code -Dtarget=base}. A target is required, so that no revision is reverted by accident. With
 * {@code -Dsql -Dtarget=<from>:<to>}, writes the SQL to a file instead of running it.
 */
@Mojo(name = DowngradeMojo.GOAL, threadSafe = true)
public class DowngradeMojo extends AbstractMoveMojo {

    static final String GOAL = "downgrade";

    /**
     * Where to go: {@code -N}, a revision id or a unique prefix of one, {@code <branch>@base} (that branch
     * only), or {@code base}; with {@code -Dsql}, a range {@code from:to}. Required.
     */
    @Parameter(property = "migrate.target")
    String target;

    @Override
    String direction() {
        return "downgrade";
    }

    @Override
    String target() {
        return option("target", target);
    }

    /** Every downgrade of a protected environment is confirmed: it reverts what production relies on. */
    @Override
    List<Step> move(Migrator migrator, String target, Confirmation confirmation) {
        return migrator.downgrade(target, confirmation);
    }
}
