package dev.optionsdeep.migrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table. Columns keep their declared order (it is the order of {@code CREATE TABLE});
 * constraints and indexes are sets, kept sorted by name so that equal tables are equal records.
 *
 * <p>Column order is not part of a table's identity: PostgreSQL cannot reorder columns, so a
 * column dropped and added back ends up last, and the table is still the same table to every
 * query and to Hibernate. {@link #equals} therefore compares the columns as a set.
 *
 * <p>A table in the database's default schema (the {@code <schema>} of its database's settings, or
 * PostgreSQL's search path) has a plain name; a table in another schema, as {@code @Table(schema = …)}
 * puts it, has the qualified name {@code schema.table}, which is how changes, foreign keys and
 * lookups name it too. A table name therefore holds at most one dot, the one after the schema.
 *
 * @param name        {@code table}, or {@code schema.table} outside the default schema
 * @param primaryKey  null when the table has none
 * @param foreignKeys sorted by name; they may reference tables not yet created, so migrations add
 *                    them after every table exists
 * @param comment     the table's comment; null when none (an empty comment is none, as in PostgreSQL)
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {

    /** A table without a comment. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey,
                 List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
                 List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
        this(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, null);
    }

    /** A table without foreign keys and check constraints. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey,
                 List<UniqueConstraint> uniqueConstraints, List<Index> indexes) {
        this(name, columns, primaryKey, uniqueConstraints, indexes, List.of(), List.of());
    }

    public Table {
        Names.requireTable(name);
        comment = comment == null || comment.isEmpty() ? null : comment;
        columns = Names.unique(columns, Column::name, "column in table " + name);
        uniqueConstraints = Names.sortedUnique(uniqueConstraints, UniqueConstraint::name,
                "unique constraint in table " + name);
        indexes = Names.sortedUnique(indexes, Index::name, "index in table " + name);
        foreignKeys = Names.sortedUnique(foreignKeys, ForeignKey::name, "foreign key in table " + name);
        checks = Names.sortedUnique(checks, CheckConstraint::name, "check constraint in table " + name);
        for (ForeignKey f : foreignKeys) {
            for (String c : f.columns()) {
                requireColumn(columns, c, "foreign key " + f.name());
            }
        }
        if (primaryKey != null) {
            for (String c : primaryKey.columns()) {
                requireColumn(columns, c, "primary key " + primaryKey.name());
                // PostgreSQL would make it NOT NULL without a word, leaving the model wrong about the database.
                if (named(columns, c).nullable()) {
                    throw new IllegalArgumentException("primary key " + primaryKey.name() + " of table " + name
                            + " names column " + c + ", which is nullable; PostgreSQL makes primary key columns"
                            + " NOT NULL, so declare " + c + " not null");
                }
            }
        }
        for (UniqueConstraint u : uniqueConstraints) {
            for (String c : u.columns()) {
                requireColumn(columns, c, "unique constraint " + u.name());
            }
        }
        for (Index i : indexes) {
            for (String c : i.columns()) {
                requireColumn(columns, Index.columnName(c), "index " + i.name());
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t
                && name.equals(t.name)
                && columnsByName().equals(t.columnsByName())
                && java.util.Objects.equals(primaryKey, t.primaryKey)
                && uniqueConstraints.equals(t.uniqueConstraints)
                && indexes.equals(t.indexes)
                && foreignKeys.equals(t.foreignKeys)
                && checks.equals(t.checks)
                && java.util.Objects.equals(comment, t.comment);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, columnsByName(), primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    private java.util.Map<String, Column> columnsByName() {
        java.util.Map<String, Column> map = new java.util.TreeMap<>();
        for (Column c : columns) {
            map.put(c.name(), c);
        }
        return map;
    }

    private static void requireColumn(List<Column> columns, String column, String owner) {
        if (named(columns, column) == null) {
            throw new IllegalArgumentException(owner + " names column " + column + ", which the table does not have");
        }
    }

    /**
     * The column of that name, or null. A loop: the processor builds every entity's table several times while javac
     * is still cold, where a stream per lookup costs more than the lookup.
     */
    private static Column named(List<Column> columns, String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The schema the table is in; null for the database's default schema. */
    public String schemaName() {
        return schemaOf(name);
    }

    /** The table's name within its schema. */
    public String localName() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** The schema of a table name as {@link #name()} spells it; null for the default schema. */
    public static String schemaOf(String tableName) {
        int dot = tableName.indexOf('.');
        return dot < 0 ? null : tableName.substring(0, dot);
    }

    /** {@code schema.table}, or {@code table} when {@code schema} is null (the default schema). */
    public static String qualified(String schema, String table) {
        return schema == null ? table : schema + "." + table;
    }

    public Optional<Column> column(String columnName) {
        Objects.requireNonNull(columnName);
        return Optional.ofNullable(named(columns, columnName));
    }

    public Optional<PrimaryKey> primaryKeyIfAny() {
        return Optional.ofNullable(primaryKey);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniqueConstraints) {
        return new Table(name, columns, primaryKey, newUniqueConstraints, indexes, foreignKeys, checks, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checks, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys, checks, comment);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, newComment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newChecks, comment);
    }
}
