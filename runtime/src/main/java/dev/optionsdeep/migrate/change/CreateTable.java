package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.Objects;

/** Creates a table with its columns, primary key and unique constraints; indexes are separate changes. */
public record CreateTable(Table table) implements Change {

    public CreateTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty()) {
            throw new IllegalArgumentException("table " + table.name() + " carries foreign keys; foreign keys are created"
                    + " by their own changes, once every table they need exists");
        }
        if (!table.indexes().isEmpty()) {
            throw new IllegalArgumentException("create table " + table.name()
                    + " carries indexes; indexes are created by their own changes");
        }
    }

    @Override
    public Change inverse() {
        return new DropTable(table);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Tables.absent(schema, table.name(), this);
        return schema.with(table);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
