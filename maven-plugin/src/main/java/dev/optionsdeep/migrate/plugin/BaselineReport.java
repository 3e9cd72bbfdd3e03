package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.diff.RenameHints;
import dev.optionsdeep.migrate.introspect.ObjectDefinition;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.apache.maven.plugin.logging.Log;

import java.util.List;

/** What {@code migrate:baseline} tells about a database after writing its baseline. */
final class BaselineReport {

    private BaselineReport() {
    }

    /** What the database holds that the model does not, and which of it the baseline revision carries as SQL. */
    static void unmodelled(Log log, String db, List<String> unsupported, List<ObjectDefinition> carried, boolean carry) {
        if (unsupported.isEmpty()) {
            log.info(db + ": the baseline revision holds the whole schema; the database has nothing Migrate does not model.");
            return;
        }
        log.warn(db + ": the database holds " + unsupported.size() + " thing" + (unsupported.size() == 1 ? "" : "s")
                + " Migrate does not model:");
        unsupported.forEach(u -> log.warn("  - " + u));
        if (!carry) {
            log.warn(db + ": none of it is in the baseline revision, except as an entry says (a column read as a plain"
                    + " column, say). Run again with -Dunmodelled=sql to carry views, functions, procedures, triggers and"
                    + " extensions as SQL steps, or add what is missing to it by hand (ops.execute(\"…\")).");
            return;
        }
        log.info(db + ": carried into the baseline revision as SQL steps (" + carried.size() + "):");
        carried.forEach(d -> log.info("  + " + d.what() + " " + d.name()));
        log.warn(db + ": anything else listed above is not in the baseline revision, except as its entry says: add what"
                + " is missing by hand (ops.execute(\"…\")).");
    }

    /** Schemas the baseline did not read: only the default schema and the model's named schemas are. */
    static void unreadSchemas(Log log, String db, List<String> schemas) {
        if (!schemas.isEmpty()) {
            log.warn(db + ": not read, so not in the baseline revision: schema" + (schemas.size() == 1 ? " " : "s ")
                    + String.join(", ", schemas) + ". A schema is read when an entity has @Table(schema = \"…\") in it.");
        }
    }

    /** How the model differs from the schema read: what the next {@code migrate:revision} will capture. */
    static void modelDifference(Log log, String db, Snapshot model, Schema baseline, RenameHints hints) {
        if (!model.isComplete()) {
            log.warn(db + ": the model is incomplete, so it is not compared with the database: "
                    + IncompleteModel.message(model, "migrate:revision"));
            return;
        }
        List<Change> changes = Autogenerate.withRenames(baseline, model.schema(), hints);
        if (changes.isEmpty()) {
            log.info(db + ": the model matches the database: migrate:revision has nothing to capture.");
            return;
        }
        log.info(db + ": the model differs from the database in " + changes.size() + " way"
                + (changes.size() == 1 ? "" : "s") + "; the next mvn migrate:revision captures "
                + (changes.size() == 1 ? "it" : "them") + ":");
        changes.forEach(c -> log.info("  " + (c.losesData() ? "- " : "+ ") + c.describe()));
    }
}
