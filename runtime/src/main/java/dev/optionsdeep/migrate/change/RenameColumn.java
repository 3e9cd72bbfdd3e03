package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renames a column, keeping its data. As in PostgreSQL, the keys, indexes, check constraints and
 * foreign keys over it (also those of other tables referencing it) now name the new column, and keep
 * their own names.
 */
public record RenameColumn(String table, String from, String to) implements Change {

    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("rename column " + table + "." + from + " to itself");
        }
    }

    @Override
    public Change inverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.column(from).isEmpty()) {
            throw new IllegalStateException("cannot " + describe() + ": the column does not exist");
        }
        if (t.column(to).isPresent()) {
            throw new IllegalStateException("cannot " + describe() + ": column " + to + " already exists");
        }
        List<Column> columns = t.columns().stream().map(c -> c.name().equals(from)
                ? new Column(to, c.type(), c.nullable(), c.identity(), c.defaultValue(), c.comment()) : c).toList();
        PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), names(t.primaryKey().columns()));
        List<UniqueConstraint> uniques = t.uniqueConstraints().stream()
                .map(u -> new UniqueConstraint(u.name(), names(u.columns()))).toList();
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                .map(this::indexEntry).toList(), i.unique())).toList();
        List<CheckConstraint> checks = t.checks().stream()
                .map(c -> new CheckConstraint(c.name(), Expressions.renameIdentifier(c.expression(), from, to))).toList();
        List<ForeignKey> keys = t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), names(f.columns()),
                f.referencedTable(), f.referencedTable().equals(table) ? names(f.referencedColumns()) : f.referencedColumns(),
                f.onDelete())).toList();
        Table renamed = new Table(table, columns, pk, uniques, indexes, keys, checks, t.comment());
        List<Table> tables = new ArrayList<>();
        for (Table other : schema.tables()) {
            tables.add(other.name().equals(table) ? renamed : other.withForeignKeys(other.foreignKeys().stream()
                    .map(f -> f.referencedTable().equals(table) ? new ForeignKey(f.name(), f.columns(), table,
                            names(f.referencedColumns()), f.onDelete()) : f).toList()));
        }
        return new Schema(tables, schema.sequences());
    }

    private List<String> names(List<String> columns) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }

    private String indexEntry(String entry) {
        return entry.equals(from) ? to : entry.equals(from + " DESC") ? to + " DESC" : entry;
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + from + " to " + to;
    }
}
