package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;

import java.util.Objects;

/**
 * Makes sure a named PostgreSQL schema exists ({@code CREATE SCHEMA IF NOT EXISTS}), before the
 * first table of the model goes into it. The model holds schemas only through their tables, so
 * this leaves the model as it is.
 */
public record CreateSchema(String name) implements Change {

    public CreateSchema {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("'" + name + "' is not a schema name");
        }
    }

    @Override
    public Change inverse() {
        return new DropSchema(name);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public String describe() {
        return "create schema " + name;
    }
}
