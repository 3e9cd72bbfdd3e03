package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.Objects;

/**
 * Drops a table's primary key; carries it so that the inverse adds it back. Foreign keys that
 * reference it must be dropped first (the diff orders them so).
 */
public record DropPrimaryKey(String table, PrimaryKey primaryKey) implements Change {

    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public Change inverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (!primaryKey.equals(t.primaryKey())) {
            throw new IllegalStateException("cannot " + describe() + ": the table's primary key is "
                    + (t.primaryKey() == null ? "absent" : t.primaryKey().name() + Tables.columns(t.primaryKey().columns())));
        }
        return schema.with(new Table(t.name(), t.columns(), null, t.uniqueConstraints(), t.indexes(),
                t.foreignKeys(), t.checks(), t.comment()));
    }

    @Override
    public String describe() {
        return "drop primary key " + primaryKey.name() + " on " + table + Tables.columns(primaryKey.columns());
    }
}
