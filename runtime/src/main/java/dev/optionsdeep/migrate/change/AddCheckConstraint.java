package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a check constraint to an existing table (it may fail on rows that break it). */
public record AddCheckConstraint(String table, CheckConstraint check) implements Change {

    public AddCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public Change inverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.checks().stream().anyMatch(c -> c.name().equals(check.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the constraint already exists");
        }
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        checks.add(check);
        return schema.with(t.withChecks(checks));
    }

    @Override
    public String describe() {
        return "add check constraint " + check.name() + " on " + table + " " + check.expression();
    }
}
