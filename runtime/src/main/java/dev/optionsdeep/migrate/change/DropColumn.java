package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Drops a column; carries its full definition so that the inverse re-creates it exactly. */
public record DropColumn(String table, Column column) implements Change {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Change inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.column(column.name()).isEmpty()) {
            throw new IllegalStateException("cannot " + describe() + ": the column does not exist");
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.removeIf(c -> c.name().equals(column.name()));
        return schema.with(t.withColumns(columns));
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column.describe();
    }
}
