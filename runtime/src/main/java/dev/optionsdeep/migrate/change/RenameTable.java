package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renames a table, keeping its rows. As in PostgreSQL, its constraints and indexes keep their names
 * and stay attached, and foreign keys of other tables follow it.
 */
public record RenameTable(String from, String to) implements Change {

    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("rename table " + from + " to itself");
        }
        if (!Objects.equals(Table.schemaOf(from), Table.schemaOf(to))) {
            throw new IllegalArgumentException("rename table " + from + " to " + to + " moves it to another schema,"
                    + " which a rename cannot do: ALTER TABLE … SET SCHEMA is not supported yet");
        }
    }

    @Override
    public Change inverse() {
        return new RenameTable(to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, from, this);
        Tables.absent(schema, to, this);
        Schema out = schema.without(from);
        List<Table> tables = new ArrayList<>();
        for (Table other : out.tables()) {
            tables.add(other.withForeignKeys(referencing(other.foreignKeys())));
        }
        tables.add(new Table(to, t.columns(), t.primaryKey(), t.uniqueConstraints(), t.indexes(),
                referencing(t.foreignKeys()), t.checks(), t.comment()));
        return new Schema(tables, schema.sequences());
    }

    private List<ForeignKey> referencing(List<ForeignKey> keys) {
        return keys.stream().map(f -> f.referencedTable().equals(from)
                ? new ForeignKey(f.name(), f.columns(), to, f.referencedColumns(), f.onDelete()) : f).toList();
    }

    @Override
    public String describe() {
        return "rename table " + from + " to " + to;
    }
}
