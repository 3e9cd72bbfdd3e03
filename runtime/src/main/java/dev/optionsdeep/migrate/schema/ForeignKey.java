package dev.optionsdeep.migrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign key: {@code columns} of its table reference {@code referencedColumns} of
 * {@code referencedTable}, in order.
 *
 * @param onDelete what PostgreSQL does to referencing rows when the referenced row goes, spelled as
 *                 in SQL: {@code NO ACTION} (the default), {@code CASCADE}, {@code SET NULL},
 *                 {@code SET DEFAULT} or {@code RESTRICT}
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         String onDelete) {

    public static final String NO_ACTION = "NO ACTION";
    private static final Set<String> ACTIONS = Set.of(NO_ACTION, "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT");

    public ForeignKey {
        Names.require(name, "foreign key name");
        columns = Names.requireColumns(columns, "foreign key " + name);
        Names.requireTable(referencedTable);
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key " + name + " (referenced columns)");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size() + " columns but references "
                    + referencedColumns.size());
        }
        onDelete = onDelete == null ? NO_ACTION : onDelete.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ACTIONS.contains(onDelete)) {
            throw new IllegalArgumentException("foreign key " + name + ": ON DELETE " + onDelete
                    + " is not one of " + ACTIONS);
        }
        Objects.requireNonNull(onDelete);
    }

    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        this(name, columns, referencedTable, referencedColumns, NO_ACTION);
    }

    /** {@code orders(customer_id) -> customers(id)}, plus the ON DELETE rule when it is not the default. */
    public String describe() {
        return "(" + String.join(", ", columns) + ") references " + referencedTable + "("
                + String.join(", ", referencedColumns) + ")" + (onDelete.equals(NO_ACTION) ? "" : " on delete " + onDelete.toLowerCase(java.util.Locale.ROOT));
    }
}
