package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables being read, by oid, filled in by one reader after another and turned into records
 * at the end. Also remembers what the readers must skip: the ignored tables (by oid, so that
 * their indexes and constraints are skipped too) and sequences already reported as part of a
 * serial column.
 */
final class TableDrafts {

    /** One table's parts, in the order the catalog returns them. */
    static final class Draft {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        private Draft(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }
    }

    private final Map<Long, Draft> tables = new LinkedHashMap<>();
    private final Set<Long> ignored = new HashSet<>();
    private final Set<String> serialSequences = new HashSet<>();
    private final List<Sequence> sequences = new ArrayList<>();

    void sequence(Sequence sequence) {
        sequences.add(sequence);
    }

    void add(long oid, String name, String comment) {
        tables.put(oid, new Draft(name, comment));
    }

    void ignore(long oid) {
        ignored.add(oid);
    }

    /** The table of that oid, or null when it is ignored or is not a table of this schema. */
    Draft get(long oid) {
        return tables.get(oid);
    }

    boolean isIgnored(long oid) {
        return ignored.contains(oid);
    }

    private final Set<String> verbatimColumns = new HashSet<>();

    /** Columns ({@code table.column}) the model keeps verbatim: what their text makes is not reported. */
    void verbatimColumns(Set<String> columns) {
        verbatimColumns.addAll(columns);
    }

    boolean isVerbatim(String table, String column) {
        return verbatimColumns.contains(table + "." + column);
    }

    void serialSequence(String sequence) {
        serialSequences.add(sequence);
    }

    boolean isSerialSequence(String sequence) {
        return serialSequences.contains(sequence);
    }

    Schema schema() {
        List<Table> out = new ArrayList<>();
        for (Draft d : tables.values()) {
            out.add(new Table(d.name, d.columns, d.primaryKey, d.uniqueConstraints, d.indexes, d.foreignKeys, d.checks, d.comment));
        }
        return new Schema(out, sequences);
    }
}
