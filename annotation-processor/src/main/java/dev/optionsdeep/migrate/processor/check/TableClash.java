package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.bind.MappedEntity;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import dev.optionsdeep.migrate.schema.Table;

import javax.lang.model.element.TypeElement;

/** Two relations of one database with one name: which may share it, and the report that says how to part them. */
final class TableClash {

    private TableClash() {
    }

    /** Reports an entity, join or secondary table whose name another one of the database already has. */
    static void report(MappedEntity entity, MappedEntity first, Report report) {
        if (toOneJoinTable(entity) && toOneJoinTable(first) && entity.element().equals(first.element())) {
            // Each to-one's @JoinTable is a secondary table of the entity to Hibernate, which takes one name once.
            report.error(Code.DUPLICATE_TABLE, "The join tables of " + entity.element().getSimpleName() + "."
                    + first.joinTableOf().getSimpleName() + " and " + entity.element().getSimpleName() + "."
                    + entity.joinTableOf().getSimpleName() + ", both to-one relationships, are both named "
                    + entity.table().name() + " (a @JoinTable without a name is named after the owner's table and the"
                    + " target's, or the attribute's under Spring Boot's naming): Hibernate 6.6, 7.2 and 7.4 refuse to"
                    + " start on it (DuplicateSecondaryTableException: \"Table with that name [...] already associated"
                    + " with entity\"). Give each its own @JoinTable(name = \"...\")", entity.joinTableOf(), null);
            return;
        }
        if (entity.joinTableOf() != null || first.joinTableOf() != null) {
            MappedEntity join = entity.joinTableOf() != null ? entity : first;
            MappedEntity other = join == entity ? first : entity;
            report.error(Code.DUPLICATE_TABLE, "The " + (join.joinTableOf() instanceof TypeElement ? "secondary"
                    : "join") + " table of " + join.element().getSimpleName() + "." + join.joinTableOf().getSimpleName()
                    + " is " + entity.table().name() + ", like the "
                    + (other.joinTableOf() != null ? "join table of " + other.element().getSimpleName() + "."
                    + other.joinTableOf().getSimpleName() : "table of @Entity " + other.element().getQualifiedName())
                    + " (Hibernate would merge them into one table, which neither can use). Give one of them another"
                    + " name with @" + (join.joinTableOf() instanceof TypeElement ? "SecondaryTable"
                    : JpaAnnotations.has(join.joinTableOf(), "CollectionTable") ? "CollectionTable" : "JoinTable")
                    + "(name = \"...\")", join.joinTableOf(), null);
            return;
        }
        report(entity, first, "Migrate could not merge their tables", report);
    }

    /**
     * Reports a second entity on an entity's table that defines something of it otherwise: which definition Hibernate
     * keeps depends on the order it registers them in, which a compiler cannot see.
     *
     * @param conflict what differs, as {@link SharedEntityTable} says it
     */
    static void report(MappedEntity entity, MappedEntity first, String conflict, Report report) {
        report.error(Code.DUPLICATE_TABLE, "@Entity " + entity.element().getSimpleName() + " maps to table "
                + entity.table().name() + " of database " + entity.database() + ", like @Entity "
                + first.element().getQualifiedName() + ", but " + conflict + ". Hibernate makes one table of them,"
                + " keeping for what both define the definition of the entity it registers first, an order a compiler"
                + " cannot see. Define the columns, key and constraints both map alike (Migrate then maps the table"
                + " with the columns of both, as Hibernate does); if one is a narrower view of the other (OpenOLAT's"
                + " light entities), exclude it (-Amigrate.exclude=" + entity.element().getQualifiedName() + "); else"
                + " give one of them another table with @Table(name = \"...\")", entity.element(),
                entity.entityAnnotation());
    }

    /** Whether the table is the {@code @JoinTable} of a {@code @ManyToOne} or {@code @OneToOne}. */
    static boolean toOneJoinTable(MappedEntity table) {
        return table.joinTableOf() != null && !(table.joinTableOf() instanceof TypeElement)
                && (JpaAnnotations.has(table.joinTableOf(), "ManyToOne") || JpaAnnotations.has(table.joinTableOf(), "OneToOne"));
    }

    /** Whether two tables have the same columns, keys, foreign keys (by columns and target) and checks. */
    static boolean sameShape(Table a, Table b) {
        return java.util.Set.copyOf(a.columns()).equals(java.util.Set.copyOf(b.columns()))
                && java.util.Objects.equals(a.primaryKey(), b.primaryKey())
                && java.util.Set.copyOf(a.uniqueConstraints()).equals(java.util.Set.copyOf(b.uniqueConstraints()))
                && java.util.Set.copyOf(a.foreignKeys()).equals(java.util.Set.copyOf(b.foreignKeys()))
                && java.util.Set.copyOf(a.checks()).equals(java.util.Set.copyOf(b.checks()));
    }
}
