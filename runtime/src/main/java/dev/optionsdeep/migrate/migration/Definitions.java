package dev.optionsdeep.migrate.migration;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** The building blocks of table definitions in migrations; import them statically. */
public final class Definitions {

    private Definitions() {
    }

    /** A column of the given PostgreSQL type, nullable until {@code .notNull()}. */
    public static ColumnDefinition column(String name, String type) {
        return new ColumnDefinition(name, type, true, false);
    }

    /** A primary key constraint. */
    public static TableElement primaryKey(String name, String... columns) {
        return new PrimaryKeyDefinition(new PrimaryKey(name, List.of(columns)));
    }

    /** A unique constraint. */
    public static TableElement unique(String name, String... columns) {
        return new UniqueDefinition(new UniqueConstraint(name, List.of(columns)));
    }

    /** A check constraint; the condition as PostgreSQL prints it back, without the CHECK keyword. */
    public static TableElement check(String name, String expression) {
        return new CheckDefinition(new CheckConstraint(name, expression));
    }

    /** A foreign key over these columns; say what it references with {@code .references(table, columns…)}. */
    public static ForeignKeyDefinition foreignKey(String name, String... columns) {
        return new ForeignKeyDefinition(name, List.of(columns), null, null, null);
    }

    /** The table's comment ({@code COMMENT ON TABLE}), as plain text. */
    public static TableElement tableComment(String text) {
        return new TableCommentDefinition(java.util.Objects.requireNonNull(text, "text"));
    }

    record PrimaryKeyDefinition(PrimaryKey primaryKey) implements TableElement {
    }

    record TableCommentDefinition(String text) implements TableElement {
    }

    record CheckDefinition(CheckConstraint check) implements TableElement {
    }

    record UniqueDefinition(UniqueConstraint constraint) implements TableElement {
    }

    static Table table(String name, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        PrimaryKey primaryKey = null;
        String comment = null;
        for (TableElement element : elements) {
            if (element instanceof ColumnDefinition c) {
                columns.add(c.toColumn());
            } else if (element instanceof UniqueDefinition u) {
                uniques.add(u.constraint());
            } else if (element instanceof CheckDefinition c) {
                checks.add(c.check());
            } else if (element instanceof PrimaryKeyDefinition p) {
                if (primaryKey != null) {
                    throw new IllegalArgumentException("table " + name + " declares two primary keys");
                }
                primaryKey = p.primaryKey();
            } else if (element instanceof TableCommentDefinition c) {
                if (comment != null) {
                    throw new IllegalArgumentException("table " + name + " declares two comments");
                }
                comment = c.text();
            }
        }
        return new Table(name, columns, primaryKey, uniques, List.of(), List.of(), checks, comment);
    }
}
