package dev.optionsdeep.migrate.migration;

/** Something declared inside {@code createTable}/{@code dropTable}: a column, a primary key or a unique constraint. */
public sealed interface TableElement permits ColumnDefinition, Definitions.PrimaryKeyDefinition,
        Definitions.UniqueDefinition {
}
