package dev.optionsdeep.migrate.snapshot;

import dev.optionsdeep.migrate.schema.Schema;

import java.util.Objects;

/** The schema of one database at one point in time: the current model, or a revision's. */
public record Snapshot(String database, Schema schema) {

    public Snapshot {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schema, "schema");
    }

    public static Snapshot empty(String database) {
        return new Snapshot(database, Schema.EMPTY);
    }
}
