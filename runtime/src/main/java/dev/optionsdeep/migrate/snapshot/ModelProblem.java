package dev.optionsdeep.migrate.snapshot;

import java.util.Objects;

/**
 * Something the annotation processor could not map, recorded in the model snapshot so that the goals
 * that compare the model with the revisions refuse to act on a model that is not fully captured.
 *
 * @param code    the diagnostic's stable code, {@code MIGRATE-104}
 * @param where   what it is about: an entity ({@code com.acme.Order}), an attribute
 *                ({@code com.acme.Order.lines}), a package, or an option ({@code -Amigrate.naming})
 * @param message the diagnostic's text, which says what happened and the fix
 */
public record ModelProblem(String code, String where, String message) implements Comparable<ModelProblem> {

    public ModelProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /** One line for a goal's failure message: {@code MIGRATE-104 at com.acme.Order.lines: …}. */
    public String describe() {
        return code + " at " + where + ": " + message;
    }

    /** By where, then code, then message: the order the snapshot stores them in, so that its bytes are stable. */
    @Override
    public int compareTo(ModelProblem o) {
        int c = where.compareTo(o.where);
        if (c == 0) {
            c = code.compareTo(o.code);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }
}
