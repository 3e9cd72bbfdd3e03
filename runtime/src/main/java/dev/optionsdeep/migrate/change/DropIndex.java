package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Drops an index; carries its definition so that the inverse re-creates it. */
public record DropIndex(String table, Index index) implements Change {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public Change inverse() {
        return new CreateIndex(table, index);
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
        return "drop " + (index.unique() ? "unique " : "") + "index " + index.name() + " on "
                + table + Tables.columns(index.columns());
    }
}
