package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Drops a unique constraint; carries its definition so that the inverse re-creates it. */
public record DropUniqueConstraint(String table, UniqueConstraint constraint) implements Change {

    public DropUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public Change inverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
        if (!uniques.removeIf(u -> u.name().equals(constraint.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the constraint does not exist");
        }
        return schema.with(t.withUniqueConstraints(uniques));
    }

    @Override
    public String describe() {
        return "drop unique constraint " + constraint.name() + " on " + table + Tables.columns(constraint.columns());
    }
}
