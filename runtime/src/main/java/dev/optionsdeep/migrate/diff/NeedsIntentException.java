package dev.optionsdeep.migrate.diff;

import java.util.List;

/**
 * The revision would drop data that may be meant as a rename, or add a NOT NULL column that existing
 * rows cannot fill: the user has to say which. The Maven goal turns this into the message naming the
 * hint to add and the property that confirms.
 *
 * @see Autogenerate
 */
public final class NeedsIntentException extends RuntimeException {

    /**
     * A drop and an add that may be one rename.
     *
     * @param column whether it is a column rename; for a table, the column fields are null
     */
    public record LikelyRename(String fromTable, String fromColumn, String fromType,
                               String toTable, String toColumn, String toType, boolean column) {

        /** {@code companies.ticker character varying(20) -> companies.symbol character varying(20)}, or {@code companies -> firms}. */
        public String describe() {
            return column ? fromTable + "." + fromColumn + " " + fromType + " -> " + toTable + "." + toColumn + " " + toType
                    : "table " + fromTable + " -> table " + toTable;
        }

        /** The name the drop confirmation takes: {@code companies.ticker}, or {@code companies}. */
        public String dropped() {
            return column ? fromTable + "." + fromColumn : fromTable;
        }
    }

    private final List<LikelyRename> likelyRenames;
    private final List<String> notNullColumns;
    private final List<String> recreatedColumns;

    public NeedsIntentException(List<LikelyRename> likelyRenames, List<String> notNullColumns) {
        this(likelyRenames, notNullColumns, List.of());
    }

    public NeedsIntentException(List<LikelyRename> likelyRenames, List<String> notNullColumns,
                                List<String> recreatedColumns) {
        super("likely renames: " + likelyRenames.stream().map(LikelyRename::describe).toList()
                + "; NOT NULL columns without a default: " + notNullColumns
                + "; columns dropped and added again: " + recreatedColumns);
        this.likelyRenames = List.copyOf(likelyRenames);
        this.notNullColumns = List.copyOf(notNullColumns);
        this.recreatedColumns = List.copyOf(recreatedColumns);
    }

    public List<LikelyRename> likelyRenames() {
        return likelyRenames;
    }

    /** Added NOT NULL columns without a default on existing tables, as {@code table.column}. */
    public List<String> notNullColumns() {
        return notNullColumns;
    }

    /**
     * Columns whose verbatim definition changed, as {@code table.column}: PostgreSQL cannot alter such a
     * definition in place, so the revision drops the column and adds it again, and its data goes.
     */
    public List<String> recreatedColumns() {
        return recreatedColumns;
    }
}
