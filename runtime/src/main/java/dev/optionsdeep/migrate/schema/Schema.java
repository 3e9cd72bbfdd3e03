package dev.optionsdeep.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tables and sequences of one database, each sorted by name. Immutable; no I/O. */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public static final Schema EMPTY = new Schema(List.of());

    public Schema(List<Table> tables) {
        this(tables, List.of());
    }

    public Schema {
        tables = Names.sortedUnique(tables, Table::name, "table");
        sequences = Names.sortedUnique(sequences, Sequence::name, "sequence");
    }

    public java.util.Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(tables, newSequences);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** This schema with {@code table} added, or replacing the table of the same name. */
    public Schema with(Table table) {
        List<Table> copy = new ArrayList<>(tables);
        copy.removeIf(t -> t.name().equals(table.name()));
        copy.add(table);
        return new Schema(copy, sequences);
    }

    public Schema without(String tableName) {
        List<Table> copy = new ArrayList<>(tables);
        copy.removeIf(t -> t.name().equals(tableName));
        return new Schema(copy, sequences);
    }
}
