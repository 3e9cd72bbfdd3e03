package dev.optionsdeep.migrate.migration;

import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.AddPrimaryKey;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.AlterSequence;
import dev.optionsdeep.migrate.change.CommentOnTable;
import dev.optionsdeep.migrate.change.CreateSchema;
import dev.optionsdeep.migrate.change.DropPrimaryKey;
import dev.optionsdeep.migrate.change.DropSchema;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateSequence;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropCheckConstraint;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropSequence;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.change.RenameColumn;
import dev.optionsdeep.migrate.change.RenameConstraint;
import dev.optionsdeep.migrate.change.RenameIndex;
import dev.optionsdeep.migrate.change.RenameTable;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a migration can do. Each call is one step; when the migration runs against a database the
 * step runs at once, inside the revision's transaction, so a later failing step rolls it back.
 */
public final class Operations {

    private final Consumer<Change> steps;
    private final Connection connection;

    /**
     * @param steps      receives each step in order
     * @param connection the revision's connection, or null when the steps are only being read
     *                   (for an SQL script or a checksum)
     */
    public Operations(Consumer<Change> steps, Connection connection) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.connection = connection;
    }

    public void createTable(String name, TableElement... elements) {
        steps.accept(new CreateTable(Definitions.table(name, elements)));
    }

    /** Drops a table; the full definition makes the step reviewable and exactly reversible. */
    public void dropTable(String name, TableElement... elements) {
        steps.accept(new DropTable(Definitions.table(name, elements)));
    }

    public void addColumn(String table, ColumnDefinition column) {
        steps.accept(new AddColumn(table, column.toColumn()));
    }

    public void dropColumn(String table, ColumnDefinition column) {
        steps.accept(new DropColumn(table, column.toColumn()));
    }

    /** Changes a column's type, nullability, identity, default or comment in place; {@code from} is what it is now. */
    public void alterColumn(String table, ColumnDefinition from, ColumnDefinition to) {
        steps.accept(new AlterColumn(table, from.toColumn(), to.toColumn()));
    }

    public void createIndex(String name, String table, String... columns) {
        steps.accept(new CreateIndex(table, new Index(name, List.of(columns), false)));
    }

    public void createUniqueIndex(String name, String table, String... columns) {
        steps.accept(new CreateIndex(table, new Index(name, List.of(columns), true)));
    }

    /**
     * Builds an index with {@code CREATE INDEX CONCURRENTLY}: the table stays writable while it builds.
     * PostgreSQL refuses it inside a transaction, so it runs on its own: the revision's steps before it
     * commit first, and an interrupted build is dropped and built again by the next upgrade.
     */
    public void createIndexConcurrently(String name, String table, String... columns) {
        steps.accept(new CreateIndex(table, new Index(name, List.of(columns), false), true));
    }

    /** {@link #createIndexConcurrently} for a unique index. */
    public void createUniqueIndexConcurrently(String name, String table, String... columns) {
        steps.accept(new CreateIndex(table, new Index(name, List.of(columns), true), true));
    }

    public void dropIndex(String name, String table, String... columns) {
        steps.accept(new DropIndex(table, new Index(name, List.of(columns), false)));
    }

    public void dropUniqueIndex(String name, String table, String... columns) {
        steps.accept(new DropIndex(table, new Index(name, List.of(columns), true)));
    }

    /**
     * Drops an index with {@code DROP INDEX CONCURRENTLY}: queries and writes of the table are not
     * blocked meanwhile. Like {@link #createIndexConcurrently}, it runs outside the revision's transaction.
     */
    public void dropIndexConcurrently(String name, String table, String... columns) {
        steps.accept(new DropIndex(table, new Index(name, List.of(columns), false), true));
    }

    /** {@link #dropIndexConcurrently} for a unique index. */
    public void dropUniqueIndexConcurrently(String name, String table, String... columns) {
        steps.accept(new DropIndex(table, new Index(name, List.of(columns), true), true));
    }

    public void addUniqueConstraint(String name, String table, String... columns) {
        steps.accept(new AddUniqueConstraint(table, new UniqueConstraint(name, List.of(columns))));
    }

    public void dropUniqueConstraint(String name, String table, String... columns) {
        steps.accept(new DropUniqueConstraint(table, new UniqueConstraint(name, List.of(columns))));
    }

    public void addForeignKey(String table, ForeignKeyDefinition foreignKey) {
        steps.accept(new AddForeignKey(table, foreignKey.toForeignKey()));
    }

    public void dropForeignKey(String table, ForeignKeyDefinition foreignKey) {
        steps.accept(new DropForeignKey(table, foreignKey.toForeignKey()));
    }

    /** Adds a check constraint; the condition as PostgreSQL prints it back, without the CHECK keyword. */
    public void addCheckConstraint(String name, String table, String expression) {
        steps.accept(new AddCheckConstraint(table, new CheckConstraint(name, expression)));
    }

    public void dropCheckConstraint(String name, String table, String expression) {
        steps.accept(new DropCheckConstraint(table, new CheckConstraint(name, expression)));
    }

    public void createSequence(String name, long start, long increment) {
        steps.accept(new CreateSequence(new Sequence(name, start, increment)));
    }

    public void dropSequence(String name, long start, long increment) {
        steps.accept(new DropSequence(new Sequence(name, start, increment)));
    }

    /** Renames a table, keeping its rows; its constraints and indexes keep their names until renamed too. */
    public void renameTable(String from, String to) {
        steps.accept(new RenameTable(from, to));
    }

    /** Renames a column, keeping its data; keys, indexes and foreign keys over it follow it. */
    public void renameColumn(String table, String from, String to) {
        steps.accept(new RenameColumn(table, from, to));
    }

    /** Renames a primary key, unique, foreign key or check constraint of {@code table}. */
    public void renameConstraint(String table, String from, String to) {
        steps.accept(new RenameConstraint(table, from, to));
    }

    /** Renames an index of {@code table}. */
    public void renameIndex(String table, String from, String to) {
        steps.accept(new RenameIndex(table, from, to));
    }

    /**
     * Sets, changes or removes a table's comment; {@code from} is the comment now, {@code to} the new
     * one, each null for none.
     */
    public void alterTableComment(String table, String from, String to) {
        steps.accept(new CommentOnTable(table, from, to));
    }

    /** Adds a primary key to a table that has none. */
    public void addPrimaryKey(String name, String table, String... columns) {
        steps.accept(new AddPrimaryKey(table, new PrimaryKey(name, List.of(columns))));
    }

    public void dropPrimaryKey(String name, String table, String... columns) {
        steps.accept(new DropPrimaryKey(table, new PrimaryKey(name, List.of(columns))));
    }

    /**
     * Changes a sequence's start and increment: the values now, then the new ones. The sequence keeps
     * its position; a new start only says where {@code ALTER SEQUENCE … RESTART} goes back to.
     */
    public void alterSequence(String name, long start, long increment, long newStart, long newIncrement) {
        steps.accept(new AlterSequence(new Sequence(name, start, increment), new Sequence(name, newStart, newIncrement)));
    }

    /** {@code CREATE SCHEMA IF NOT EXISTS}: a named schema for tables named {@code schema.table}. */
    public void createSchema(String name) {
        steps.accept(new CreateSchema(name));
    }

    /** {@code DROP SCHEMA} without CASCADE: PostgreSQL refuses while anything is left in the schema. */
    public void dropSchema(String name) {
        steps.accept(new DropSchema(name));
    }

    /** Runs one hand-written SQL statement, for data changes and anything the other steps do not cover. */
    public void execute(String sql) {
        steps.accept(new ExecuteSql(sql));
    }

    /**
     * Runs one hand-written statement that PostgreSQL refuses inside a transaction ({@code VACUUM},
     * {@code ALTER TYPE … ADD VALUE} before PostgreSQL 12, {@code REINDEX CONCURRENTLY}). The revision's
     * steps before it commit first, with a marker that the revision is in progress; the steps after it
     * run in a new transaction. If the run is interrupted, {@code current} shows the revision as
     * interrupted and the next upgrade resumes it at this step, so the statement must be safe to run
     * again.
     */
    public void executeOutsideTransaction(String sql) {
        steps.accept(new ExecuteSql(sql, false));
    }

    /**
     * The revision's JDBC connection, for data migrations that need results back. Work done on it
     * joins the revision's transaction; it refuses to commit, roll back or close: for a statement
     * that needs its own transaction use {@link #executeOutsideTransaction}.
     *
     * @throws NoConnectionException when the migration is only being read, for example to write an
     *                               SQL script with {@code -Dsql}: use {@link #execute} for steps
     *                               that must appear in scripts
     */
    public Connection connection() {
        if (connection == null) {
            throw new NoConnectionException("no database connection: this migration is being read, not run"
                    + " (for example to write an SQL script); steps that must appear in scripts use ops.execute(sql)");
        }
        return connection;
    }

    /** Reads a migration's steps without running them. */
    public static List<Change> stepsOf(Migration migration, boolean upgrade) {
        List<Change> out = new java.util.ArrayList<>();
        Operations ops = new Operations(out::add, null);
        if (upgrade) {
            migration.upgrade(ops);
        } else {
            migration.downgrade(ops);
        }
        return List.copyOf(out);
    }
}
