package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Drops a foreign key; carries its definition so that the inverse re-creates it. */
public record DropForeignKey(String table, ForeignKey foreignKey) implements Change {

    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public Change inverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
        if (!keys.removeIf(f -> f.name().equals(foreignKey.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the foreign key does not exist");
        }
        return schema.with(t.withForeignKeys(keys));
    }

    @Override
    public String describe() {
        return "drop foreign key " + foreignKey.name() + " on " + table + foreignKey.describe();
    }
}
