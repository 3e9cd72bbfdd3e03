package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.Objects;

/** Renames an index of a table, keeping it: the companion of {@link RenameConstraint} for plain indexes. */
public record RenameIndex(String table, String from, String to) implements Change {

    public RenameIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("rename index " + from + " to itself");
        }
    }

    @Override
    public Change inverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.indexes().stream().noneMatch(i -> i.name().equals(from))) {
            throw new IllegalStateException("cannot " + describe() + ": the index does not exist");
        }
        if (t.indexes().stream().anyMatch(i -> i.name().equals(to))) {
            throw new IllegalStateException("cannot " + describe() + ": index " + to + " exists already");
        }
        return schema.with(t.withIndexes(t.indexes().stream()
                .map(i -> i.name().equals(from) ? new Index(to, i.columns(), i.unique()) : i).toList()));
    }

    @Override
    public String describe() {
        return "rename index " + from + " on " + table + " to " + to;
    }
}
