package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Adds a column at the end of a table. */
public record AddColumn(String table, Column column) implements Change {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Change inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.column(column.name()).isPresent()) {
            throw new IllegalStateException("cannot " + describe() + ": the column already exists");
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(column);
        return schema.with(t.withColumns(columns));
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.describe();
    }
}
