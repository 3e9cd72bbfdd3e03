package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a unique constraint to an existing table. */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements Change {

    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public Change inverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.uniqueConstraints().stream().anyMatch(u -> u.name().equals(constraint.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the constraint already exists");
        }
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
        uniques.add(constraint);
        return schema.with(t.withUniqueConstraints(uniques));
    }

    @Override
    public String describe() {
        return "add unique constraint " + constraint.name() + " on " + table + Tables.columns(constraint.columns());
    }
}
