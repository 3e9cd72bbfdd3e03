package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;

import java.util.Objects;

/**
 * Drops a named PostgreSQL schema once the model has no table left in it. Never with
 * {@code CASCADE}: PostgreSQL refuses while anything is left in the schema (a view, a function, a
 * table the model does not know), so this step can fail but never loses data.
 */
public record DropSchema(String name) implements Change {

    public DropSchema {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("'" + name + "' is not a schema name");
        }
    }

    @Override
    public Change inverse() {
        return new CreateSchema(name);
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.tables().stream().anyMatch(t -> name.equals(t.schemaName()))) {
            throw new IllegalStateException("cannot " + describe() + ": the model still has tables in it");
        }
        return schema;
    }

    @Override
    public String describe() {
        return "drop schema " + name;
    }
}
