package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a foreign key; migrations add them after every table exists, so cycles between tables work. */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Change {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public Change inverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        Tables.existing(schema, foreignKey.referencedTable(), this);
        if (t.foreignKeys().stream().anyMatch(f -> f.name().equals(foreignKey.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the foreign key already exists");
        }
        List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
        keys.add(foreignKey);
        return schema.with(t.withForeignKeys(keys));
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " on " + table + foreignKey.describe();
    }
}
