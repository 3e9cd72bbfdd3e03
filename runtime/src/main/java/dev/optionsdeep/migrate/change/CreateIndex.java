package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates an index on a table.
 *
 * @param concurrently built with {@code CREATE INDEX CONCURRENTLY}: writes go on while it builds, and
 *                     it runs outside the revision's transaction
 */
public record CreateIndex(String table, Index index, boolean concurrently) implements Change {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    public CreateIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public Change inverse() {
        return new DropIndex(table, index, concurrently);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (t.indexes().stream().anyMatch(i -> i.name().equals(index.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the index already exists");
        }
        List<Index> indexes = new ArrayList<>(t.indexes());
        indexes.add(index);
        return schema.with(t.withIndexes(indexes));
    }

    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + (concurrently ? "concurrently " : "")
                + index.name() + " on "
                + table + Tables.columns(index.columns());
    }
}
