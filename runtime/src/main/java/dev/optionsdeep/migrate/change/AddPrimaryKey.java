package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.Objects;

/** Adds a primary key to an existing table that has none. */
public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements Change {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public Change inverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.primaryKey() != null) {
            throw new IllegalStateException("cannot " + describe() + ": the table already has primary key "
                    + t.primaryKey().name());
        }
        return schema.with(new Table(t.name(), t.columns(), primaryKey, t.uniqueConstraints(), t.indexes(),
                t.foreignKeys(), t.checks(), t.comment()));
    }

    @Override
    public String describe() {
        return "add primary key " + primaryKey.name() + " on " + table + Tables.columns(primaryKey.columns());
    }
}
