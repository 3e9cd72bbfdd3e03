package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;

/**
 * One schema operation. Every change the diff produces carries the full definition of what it
 * creates or drops, so that {@link #inverse()} is exact: a dropped column comes back with its type
 * and nullability, a dropped table with all its columns and constraints.
 */
public sealed interface Change
        permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn, CreateIndex, DropIndex,
        AddUniqueConstraint, DropUniqueConstraint, AddForeignKey, DropForeignKey,
        AddCheckConstraint, DropCheckConstraint, CreateSequence, DropSequence, ExecuteSql,
        RenameTable, RenameColumn, RenameConstraint, RenameIndex,
        CommentOnTable, AddPrimaryKey, DropPrimaryKey, AlterSequence, CreateSchema, DropSchema {

    /** The change that undoes this one. */
    Change inverse();

    /**
     * The schema after this change.
     *
     * @throws IllegalStateException when the change does not fit the schema (a missing table, a
     *                               column that already exists)
     */
    Schema applyTo(Schema schema);

    /** This change in the user's words, for example {@code add column companies.ticker character varying(20) not null}. */
    String describe();

    /**
     * Whether applying this change can lose data that exists in the database: whether its risks
     * ({@link Risks#of}) include {@link Risk#MAY_LOSE_DATA}.
     */
    default boolean losesData() {
        return Risks.of(this, false).contains(Risk.MAY_LOSE_DATA);
    }
}
