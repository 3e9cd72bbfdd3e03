package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;
import dev.optionsdeep.migrate.processor.read.Mapping;

import dev.optionsdeep.migrate.schema.Table;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A table's schema and comment, as Hibernate 7.4 exports them (checked): {@code @Table(schema = "sales")}
 * puts the table in that schema ({@code sales.orders}; the schema goes through the physical naming
 * strategy like the table name); {@code @Table(comment = …)} (JPA 3.2) and Hibernate's {@code @Comment}
 * on the entity become {@code COMMENT ON TABLE}, an empty one none. Constraint and index names keep
 * using the table's own name, as PostgreSQL's and Hibernate's do.
 */
final class TableExtras {

    private TableExtras() {
    }

    /**
     * @param table the entity's {@code @Table}, or null
     * @return the table in its schema and with its comment, or null after reporting an unusable schema name
     */
    /**
     * The physical schema {@code @Table(schema)} names, or null for the default schema (or for one
     * {@link #apply} reports as unusable): foreign keys and join tables reference the table by it.
     */
    static String schema(TableAnnotation table, Naming naming) {
        String written = table == null ? "" : table.schema();
        if (written.isEmpty()) {
            return null;
        }
        PhysicalNames.Resolved name = naming.declared(written);
        return name.ok() && !name.name().contains(".") ? name.name() : null;
    }

    static Table apply(Table mapped, TypeElement entity, TableAnnotation table, Naming naming, Elements elements,
                       Report report) {
        String comment = table == null ? "" : table.comment();
        if (comment.isEmpty()) {
            comment = Mapping.of(entity, elements).comment().map(Mapping.Text::value).orElse("");
        }
        String schema = null;
        String written = table == null ? "" : table.schema();
        if (!written.isEmpty()) {
            PhysicalNames.Resolved name = naming.declared(written);
            String problem = !name.ok() ? name.problem()
                    : name.name().contains(".") ? "Migrate reads a dot in a table's name as the one between schema and"
                    + " table, so a schema name cannot hold one" : null;
            if (problem != null) {
                report.error(Code.INVALID_NAME, "The schema name \"" + written + "\" of @Entity " + entity.getSimpleName()
                        + " cannot be used: " + problem + ". Correct @Table(schema = \"...\")", entity, table.mirror(),
                        table.written().get("schema"));
                return null;
            }
            schema = name.name();
        }
        return new Table(Table.qualified(schema, mapped.name()), mapped.columns(), mapped.primaryKey(),
                mapped.uniqueConstraints(), mapped.indexes(), mapped.foreignKeys(), mapped.checks(), comment);
    }
}
