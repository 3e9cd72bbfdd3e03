package dev.optionsdeep.migrate.migration;

import dev.optionsdeep.migrate.schema.ForeignKey;

import java.util.List;

/**
 * A foreign key as written in a migration:
 * {@code foreignKey("orders_customer_id_fkey", "customer_id").references("customers", "id").onDelete("CASCADE")}.
 */
public final class ForeignKeyDefinition {

    private final String name;
    private final List<String> columns;
    private final String referencedTable;
    private final List<String> referencedColumns;
    private final String onDelete;

    ForeignKeyDefinition(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         String onDelete) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.referencedTable = referencedTable;
        this.referencedColumns = referencedColumns == null ? null : List.copyOf(referencedColumns);
        this.onDelete = onDelete;
    }

    /** The table and columns the key refers to. */
    public ForeignKeyDefinition references(String table, String... columns) {
        return new ForeignKeyDefinition(name, this.columns, table, List.of(columns), onDelete);
    }

    /** {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT} or {@code NO ACTION} (the default). */
    public ForeignKeyDefinition onDelete(String action) {
        return new ForeignKeyDefinition(name, columns, referencedTable, referencedColumns, action);
    }

    ForeignKey toForeignKey() {
        if (referencedTable == null) {
            throw new IllegalArgumentException("foreign key " + name + " says which columns refer, but not what they"
                    + " reference: add .references(\"table\", \"column\")");
        }
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete);
    }
}
