package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.snapshot.ModelProblem;
import dev.optionsdeep.migrate.snapshot.Snapshot;

/**
 * The refusal of a goal that compares the model with the revisions while the annotation processor
 * could not map all of it: a revision written from it would drop or miss what was left out.
 */
final class IncompleteModel {

    private IncompleteModel() {
    }

    /** The model, if complete; else a failure listing each problem and the two ways out. */
    static Snapshot require(Snapshot model, String goal) {
        if (!model.isComplete()) {
            throw new ConfigurationException(message(model, goal));
        }
        return model;
    }

    static String message(Snapshot model, String goal) {
        StringBuilder out = new StringBuilder(goal + " refuses database " + model.database() + ": its model is"
                + " incomplete, because the annotation processor could not map " + model.problems().size() + " thing"
                + (model.problems().size() == 1 ? "" : "s") + " (also printed as compile warnings):\n");
        for (ModelProblem p : model.problems()) {
            out.append("  - ").append(p.describe()).append('\n');
        }
        out.append("""
                Two ways out:
                  1. Fix it, as each message says, and compile again.
                  2. Or exclude it from what Migrate manages, and manage its schema by hand in revisions:
                     @dev.optionsdeep.migrate.Unmanaged on the entity class or on the attribute (field or getter),
                     or, for classes you cannot annotate, the compiler argument
                     -Amigrate.exclude=com.acme.Legacy,com.acme.Order#notes,audit_log
                     (entities by class name, attributes as class#attribute, tables by name) in the
                     maven-compiler-plugin's <compilerArgs>.
                With -Amigrate.strict=true these problems are compile errors, so that the build stops at them.""");
        return out.toString();
    }
}
