package dev.optionsdeep.migrate.migration;

/**
 * Something declared inside {@code createTable}/{@code dropTable}: a column, a primary key, a unique
 * or a check constraint, the table's comment.
 */
public sealed interface TableElement permits ColumnDefinition, Definitions.PrimaryKeyDefinition,
        Definitions.UniqueDefinition, Definitions.CheckDefinition, Definitions.TableCommentDefinition {
}
