package dev.optionsdeep.migrate.snapshot;

import dev.optionsdeep.migrate.schema.Schema;

import java.util.List;
import java.util.Objects;

/**
 * The schema of one database at one point in time: the current model, or a revision's.
 *
 * @param problems what the annotation processor could not map, sorted and without duplicates: when
 *                 there are any, the model is incomplete (its schema holds what could be mapped) and
 *                 the goals that compare it with the revisions refuse. A revision's snapshot has none.
 * @param hibernate the Hibernate line whose mapping rules made it ({@code -Amigrate.hibernate}), or null for the
 *                  default line (7.4), which is not written, so that its snapshots read as before
 */
public record Snapshot(String database, Schema schema, List<ModelProblem> problems, String hibernate) {

    public Snapshot {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schema, "schema");
        problems = List.copyOf(new java.util.TreeSet<>(problems));
    }

    public Snapshot(String database, Schema schema, List<ModelProblem> problems) {
        this(database, schema, problems, null);
    }

    /** A complete snapshot. */
    public Snapshot(String database, Schema schema) {
        this(database, schema, List.of());
    }

    public static Snapshot empty(String database) {
        return new Snapshot(database, Schema.EMPTY);
    }

    /** Whether everything in the model was mapped. */
    public boolean isComplete() {
        return problems.isEmpty();
    }
}
