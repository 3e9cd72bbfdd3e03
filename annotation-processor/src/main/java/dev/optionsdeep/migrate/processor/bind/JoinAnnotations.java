package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.Attributes;

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
    static String schema(Naming naming, Attributes joinTable) {
        return joinTable == null || joinTable.string("schema").isEmpty() ? null
                : naming.declared(joinTable.string("schema")).name();
    }

    /** False after reporting {@code @JoinTable} attributes Migrate does not model. */
    static boolean supported(Naming naming, JoinColumnReader.Context context, Attributes joinTable) {
        String schema = joinTable.string("schema");
        PhysicalNames.Resolved resolved = schema.isEmpty() ? null : naming.declared(schema);
        if (resolved != null && (!resolved.ok() || resolved.name().contains("."))) {
            context.report().error(Code.INVALID_NAME, "The schema name \"" + schema + "\" of "
                    + context.where() + " cannot be used: " + (resolved.ok() ? "Migrate reads a dot in a table's name"
                    + " as the one between schema and table, so a schema name cannot hold one" : resolved.problem())
                    + ". Correct its schema", context.association().attribute().element(), joinTable.mirror(),
                    joinTable.explicitValue("schema"));
            return false;
        }
        for (String attribute : List.of("catalog", "options")) {
            if (!joinTable.string(attribute).isEmpty()) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@JoinTable(" + attribute + " = \""
                        + joinTable.string(attribute) + "\") on " + context.where() + " is not supported yet by"
                        + " Migrate. Remove it", context.association().attribute().element(), joinTable.mirror(),
                        joinTable.explicitValue(attribute));
                return false;
            }
        }
        for (String attribute : List.of("check")) {
            if (!joinTable.list(attribute).isEmpty()) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@JoinTable(" + attribute + " = ...) on "
                        + context.where() + " is not supported yet by Migrate. Remove it",
                        context.association().attribute().element(), joinTable.mirror(),
                        joinTable.explicitValue(attribute));
                return false;
            }
        }
        return true;
    }

    /** False after reporting a {@code @JoinColumn} attribute that changes the DDL in ways not modelled. */
    static boolean supportedJoinColumn(JoinColumnReader.Context context, Attributes spec, AnnotationValue value) {
        // A to-one's join column may go to a secondary table (EntityDrafter checks which); no other one may.
        boolean secondary = !context.inJoinTable() && context.association().kind().toOne();
        for (String attribute : secondary ? List.of("columnDefinition", "options")
                : List.of("columnDefinition", "table", "options")) {
            if (!spec.string(attribute).isEmpty()) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@JoinColumn(" + attribute + " = \""
                        + spec.string(attribute) + "\") on " + context.where() + " is not supported yet by Migrate: it"
                        + " cannot tell what schema Hibernate creates from it. Remove it",
                        context.association().attribute().element(), spec.mirror(),
                        spec.explicitValue(attribute) != null ? spec.explicitValue(attribute) : value);
                return false;
            }
        }
        return true;
    }

    /** False after reporting a {@code @MapKeyJoinColumn} or its {@code @ForeignKey} attribute Migrate does not map. */
    static boolean supportedMapKeyJoinColumn(JoinColumnReader.Context context, Attributes spec,
                                             ForeignKeyAnnotation foreignKey) {
        if (spec != null) {
            for (String attribute : List.of("referencedColumnName", "columnDefinition", "table", "options")) {
                if (!spec.string(attribute).isEmpty()) {
                    unsupported(context, "@MapKeyJoinColumn(" + attribute + " = \"" + spec.string(attribute)
                            + "\")", spec, attribute);
                    return false;
                }
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

    /** Null, after reporting {@code what} on the relationship as not supported yet. */
    static <T> T unsupported(JoinColumnReader.Context context, String what, Attributes annotation,
                              String attribute) {
        context.report().error(Code.UNSUPPORTED_ATTRIBUTE, what + " on " + context.where() + " is not supported yet by"
                + " Migrate. Remove it", context.association().attribute().element(), annotation.mirror(),
                annotation.explicitValue(attribute));
        return null;
    }
}
