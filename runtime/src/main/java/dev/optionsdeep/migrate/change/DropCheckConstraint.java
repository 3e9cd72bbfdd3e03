package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Drops a check constraint; carries its expression so that the inverse re-creates it. */
public record DropCheckConstraint(String table, CheckConstraint check) implements Change {

    public DropCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public Change inverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        if (!checks.removeIf(c -> c.name().equals(check.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the constraint does not exist");
        }
        return schema.with(t.withChecks(checks));
    }

    @Override
    public String describe() {
        return "drop check constraint " + check.name() + " on " + table + " " + check.expression();
    }
}
