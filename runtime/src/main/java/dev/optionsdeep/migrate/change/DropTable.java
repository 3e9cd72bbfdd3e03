package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.Objects;

/** Drops a table; carries its full definition (indexes are dropped by their own changes first). */
public record DropTable(Table table) implements Change {

    public DropTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty()) {
            throw new IllegalArgumentException("table " + table.name() + " carries foreign keys; foreign keys are dropped"
                    + " by their own changes, once every table they need exists");
        }
        if (!table.indexes().isEmpty()) {
            throw new IllegalArgumentException("drop table " + table.name()
                    + " carries indexes; indexes are dropped by their own changes");
        }
    }

    @Override
    public Change inverse() {
        return new CreateTable(table);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table existing = Tables.existing(schema, table.name(), this);
        if (!existing.indexes().isEmpty() || !existing.foreignKeys().isEmpty()) {
            throw new IllegalStateException("cannot " + describe() + ": drop its indexes and foreign keys first");
        }
        for (var other : schema.tables()) {
            if (!other.name().equals(table.name())
                    && other.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(table.name()))) {
                throw new IllegalStateException("cannot " + describe() + ": table " + other.name() + " references it");
            }
        }
        return schema.without(table.name());
    }

    @Override
    public String describe() {
        return "drop table " + table.name();
    }
}
