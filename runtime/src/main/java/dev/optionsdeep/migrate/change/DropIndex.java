package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drops an index; carries its definition so that the inverse re-creates it.
 *
 * @param concurrently dropped with {@code DROP INDEX CONCURRENTLY}: reads and writes of the table go on
 *                     meanwhile, and it runs outside the revision's transaction
 */
public record DropIndex(String table, Index index, boolean concurrently) implements Change {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    public DropIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public Change inverse() {
        return new CreateIndex(table, index, concurrently);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        List<Index> indexes = new ArrayList<>(t.indexes());
        if (!indexes.removeIf(i -> i.name().equals(index.name()))) {
            throw new IllegalStateException("cannot " + describe() + ": the index does not exist");
        }
        return schema.with(t.withIndexes(indexes));
    }

    @Override
    public String describe() {
        return "drop " + (index.unique() ? "unique " : "") + "index " + (concurrently ? "concurrently " : "") + index.name() + " on "
                + table + Tables.columns(index.columns());
    }
}
