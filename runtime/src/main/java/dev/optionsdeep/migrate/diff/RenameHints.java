package dev.optionsdeep.migrate.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The renames a model declares with {@code @RenamedFrom}: the annotation processor writes them beside
 * the model's snapshot, {@code migrate:revision} reads them. Hints are not part of the schema: a hint
 * whose rename a revision has captured changes nothing, so keeping it never makes a diff.
 *
 * @param tables  table hints, sorted by table
 * @param columns column hints, sorted by table then column
 */
public record RenameHints(List<TableHint> tables, List<ColumnHint> columns) {

    public static final RenameHints NONE = new RenameHints(List.of(), List.of());

    public RenameHints {
        tables = tables.stream().sorted(Comparator.comparing(TableHint::table)).toList();
        columns = columns.stream().sorted(Comparator.comparing(ColumnHint::table).thenComparing(ColumnHint::column)).toList();
    }

    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    /** {@code table} is the entity's table, which was named {@code renamedFrom}. */
    public record TableHint(String table, String renamedFrom) {
        public TableHint {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(renamedFrom, "renamedFrom");
        }
    }

    /** Column {@code column} of the model's table {@code table} was named {@code renamedFrom}. */
    public record ColumnHint(String table, String column, String renamedFrom) {
        public ColumnHint {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(renamedFrom, "renamedFrom");
        }
    }
}
