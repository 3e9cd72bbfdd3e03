package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.JoinColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import java.util.List;

import javax.lang.model.element.AnnotationValue;

/**
 * What a {@code @JoinTable}, {@code @CollectionTable} or {@code @JoinColumn} says beside names and columns: a
 * join table's schema, and the attributes Migrate refuses.
 */
final class JoinAnnotations {

    private JoinAnnotations() {
    }

    /** The physical schema of a {@code @JoinTable} or {@code @CollectionTable} (checked as supported), or null. */
    static String schema(Naming naming, TableAnnotation joinTable) {
        return joinTable == null || joinTable.schema().isEmpty() ? null
                : naming.declared(joinTable.schema()).name();
    }

    /** False after reporting {@code @JoinTable} attributes Migrate does not model. */
    static boolean supported(Naming naming, JoinColumnReader.Context context, TableAnnotation joinTable) {
        String schema = joinTable.schema();
        PhysicalNames.Resolved resolved = schema.isEmpty() ? null : naming.declared(schema);
        if (resolved != null && (!resolved.ok() || resolved.name().contains("."))) {
            context.report().error(Code.INVALID_NAME, "The schema name \"" + schema + "\" of "
                    + context.where() + " cannot be used: " + (resolved.ok() ? "Migrate reads a dot in a table's name"
                    + " as the one between schema and table, so a schema name cannot hold one" : resolved.problem())
                    + ". Correct its schema", context.association().attribute().element(), joinTable.mirror(),
                    joinTable.written().get("schema"));
            return false;
        }
        for (String attribute : List.of("catalog", "options")) {
            if (joinTable.refused().containsKey(attribute)) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@JoinTable(" + attribute + " = \""
                        + joinTable.refused().get(attribute) + "\") on " + context.where() + " is not supported yet by"
                        + " Migrate. Remove it", context.association().attribute().element(), joinTable.mirror(),
                        joinTable.written().get(attribute));
                return false;
            }
        }
        if (!joinTable.checks().isEmpty()) {
            context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@JoinTable(check = ...) on "
                    + context.where() + " is not supported yet by Migrate. Remove it",
                    context.association().attribute().element(), joinTable.mirror(), joinTable.written().get("check"));
            return false;
        }
        return true;
    }

    /** False after reporting a {@code @JoinColumn} attribute that changes the DDL in ways not modelled. */
    static boolean supportedJoinColumn(JoinColumnReader.Context context, JoinColumnAnnotation spec, AnnotationValue value) {
        // A to-one's join column may go to a secondary table (EntityDrafter checks which); no other one may.
        boolean secondary = !context.inJoinTable() && context.association().kind().toOne();
        for (String attribute : secondary ? List.of("columnDefinition", "options")
                : List.of("columnDefinition", "table", "options")) {
            if (spec.refused().containsKey(attribute)) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@JoinColumn(" + attribute + " = \""
                        + spec.refused().get(attribute) + "\") on " + context.where() + " is not supported yet by Migrate: it"
                        + " cannot tell what schema Hibernate creates from it. Remove it",
                        context.association().attribute().element(), spec.mirror(),
                        spec.written().get(attribute) != null ? spec.written().get(attribute) : value);
                return false;
            }
        }
        return true;
    }

    /**
     * False after reporting a {@code @MapKeyJoinColumn} or its {@code @ForeignKey} attribute Migrate does not map.
     * A {@code referencedColumnName} naming the key entity's own key column ({@code keyColumn}) references what the
     * join column references anyway (Broadleaf Commerce writes it so); any other column is not mapped yet.
     */
    static boolean supportedMapKeyJoinColumn(JoinColumnReader.Context context, JoinColumnAnnotation spec,
                                             ForeignKeyAnnotation foreignKey, String keyColumn) {
        if (spec != null) {
            if (!spec.referencedColumnName().isEmpty() && !namesColumn(spec.referencedColumnName(), keyColumn)) {
                unsupported(context, "@MapKeyJoinColumn(referencedColumnName = \"" + spec.referencedColumnName()
                        + "\")", spec.mirror(), spec.written().get("referencedColumnName"));
                return false;
            }
            for (java.util.Map.Entry<String, String> refused : spec.refused().entrySet()) {
                unsupported(context, "@MapKeyJoinColumn(" + refused.getKey() + " = \"" + refused.getValue()
                        + "\")", spec.mirror(), spec.written().get(refused.getKey()));
                return false;
            }
        }
        if (foreignKey != null) {
            for (java.util.Map.Entry<String, String> refused : foreignKey.refused().entrySet()) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@ForeignKey(" + refused.getKey() + " = \""
                        + refused.getValue() + "\") of a @MapKeyJoinColumn on " + context.where() + " is not supported"
                        + " yet by Migrate. Remove it", context.association().attribute().element(), foreignKey.mirror(),
                        foreignKey.written().get(refused.getKey()));
                return false;
            }
        }
        return true;
    }

    /** Whether a written column name is {@code column} as PostgreSQL folds it: unquoted in any case, quoted exactly. */
    private static boolean namesColumn(String written, String column) {
        String stripped = written.strip();
        return PhysicalNames.isQuoted(stripped) ? stripped.substring(1, stripped.length() - 1).equals(column)
                : stripped.equalsIgnoreCase(column);
    }

    /** Null, after reporting {@code what} on the relationship as not supported yet. */
    static <T> T unsupported(JoinColumnReader.Context context, String what, javax.lang.model.element.AnnotationMirror
            annotation, AnnotationValue value) {
        context.report().error(Code.UNSUPPORTED_ATTRIBUTE, what + " on " + context.where() + " is not supported yet by"
                + " Migrate. Remove it", context.association().attribute().element(), annotation, value);
        return null;
    }
}
