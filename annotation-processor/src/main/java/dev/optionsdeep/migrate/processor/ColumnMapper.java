package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.Column;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads one persistent field into a column, as Hibernate would map it. */
final class ColumnMapper {

    private final Elements elements;

    ColumnMapper(Elements elements) {
        this.elements = elements;
    }

    /** The field's column, or null after reporting why it cannot be mapped. */
    MappedColumn map(VariableElement field, String entityName, Report report) {
        String where = entityName + "." + field.getSimpleName();
        List<AnnotationMirror> unsupported = SupportedAnnotations.unsupportedOnField(field);
        for (AnnotationMirror mirror : unsupported) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + JpaAnnotations.simpleName(mirror) + " on " + where
                    + " is not supported yet by Migrate; Migrate maps plain columns only for now, and stops rather"
                    + " than write a schema that differs from Hibernate's. Map the field as a basic column, or mark it"
                    + " @Transient if it is not stored", field, mirror);
        }
        Optional<MappedType> type = MappedType.of(field.asType());
        if (type.isEmpty() && unsupported.isEmpty()) { // a relationship's type says nothing new
            report.error(Code.UNSUPPORTED_TYPE, where + " has type " + field.asType() + ", which Migrate cannot map to"
                    + " a column yet. Supported types: " + MappedType.SUPPORTED + ". Change the type, or mark the field"
                    + " @Transient if it is not stored", field);
        }
        Attributes column = JpaAnnotations.find(field, JpaAnnotations.COLUMN).map(this::attributes).orElse(null);
        if (!unsupported.isEmpty() || type.isEmpty() || !supportedColumnAttributes(column, field, where, report)) {
            return null;
        }

        String written = column == null || column.string("name").isEmpty()
                ? field.getSimpleName().toString() : column.string("name");
        PhysicalNames.Resolved name = PhysicalNames.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The column name \"" + written + "\" of " + where + " cannot be used: "
                    + name.problem(), field, column == null ? null : column.mirror(),
                    column == null ? null : column.explicitValue("name"));
            return null;
        }

        TypeMapper.Size size = column == null ? TypeMapper.Size.DEFAULT : new TypeMapper.Size(
                column.integer("length", TypeMapper.DEFAULT_LENGTH), column.integer("precision", 0),
                column.integer("scale", 0), column.integer("secondPrecision", -1));
        String sqlType = new TypeMapper(report, field, column, where).sqlType(type.get(), size);

        boolean id = JpaAnnotations.has(field, JpaAnnotations.ID);
        if (JpaAnnotations.has(field, JpaAnnotations.TEMPORAL) && !type.get().isLegacyTemporal()) {
            report.warning(Code.IGNORED_ATTRIBUTE, "@Temporal on " + where + " has no effect: it applies to"
                    + " java.util.Date and Calendar only. Remove it", field,
                    JpaAnnotations.find(field, JpaAnnotations.TEMPORAL).orElseThrow(), null);
        }
        Boolean identity = identity(field, type.get(), id, where, report);
        if (sqlType == null || identity == null) {
            return null;
        }
        boolean nullable = nullable(field, column, id, where, report);
        boolean unique = column != null && column.bool("unique", false);
        return new MappedColumn(field, new Column(name.name(), sqlType, nullable, identity), id, unique,
                column == null ? null : column.mirror());
    }

    /**
     * Hibernate's rule (PropertyBinder and AnnotatedColumn, 6.6 and 7.0): an id is not null, so is a field
     * with {@code @Basic(optional = false)}; otherwise an explicit {@code @Column} decides by its
     * {@code nullable}, and without one a primitive is not null. Hibernate 6 leaves a primitive with a bare
     * {@code @Basic} nullable where 7 does not; not null is right for both, as a primitive is never null.
     */
    private boolean nullable(VariableElement field, Attributes column, boolean id, String where, Report report) {
        boolean primitive = field.asType().getKind().isPrimitive();
        boolean required = JpaAnnotations.find(field, JpaAnnotations.BASIC)
                .map(b -> !attributes(b).bool("optional", true)).orElse(false);
        // Hibernate makes the version column not null whatever @Column says.
        if (id || required || JpaAnnotations.has(field, JpaAnnotations.VERSION)) {
            return false;
        }
        if (column == null) {
            return !primitive;
        }
        boolean nullable = column.bool("nullable", true);
        if (nullable && primitive) {
            report.warning(Code.NULLABLE_PRIMITIVE, where + " is a primitive " + field.asType() + ", yet its column is"
                    + " nullable: with @Column, Hibernate makes a column not null only when it says nullable = false."
                    + " Add nullable = false (a primitive is never null), or use " + boxed(field) + " if null is"
                    + " meant", field, column.mirror(), null);
        }
        return nullable;
    }

    /** TRUE for an identity column, FALSE for none, null after reporting an unsupported generator. */
    private Boolean identity(VariableElement field, MappedType type, boolean id, String where, Report report) {
        Optional<AnnotationMirror> generated = JpaAnnotations.find(field, JpaAnnotations.GENERATED_VALUE);
        if (generated.isEmpty()) {
            return false;
        }
        Attributes attributes = attributes(generated.get());
        AnnotationValue strategyValue = attributes.explicitValue("strategy");
        String strategy = attributes.enumConstant("strategy", "AUTO");
        if (!id) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue on " + where + " is only meaningful on the @Id"
                    + " field: remove it, or move it to the id", field, generated.get(), strategyValue);
            return null;
        }
        if (strategy.equals("IDENTITY") && type.isIntegral()) {
            return true;
        }
        if (type == MappedType.UUID && (strategy.equals("AUTO") || strategy.equals("UUID"))) {
            return false; // Hibernate generates the UUID in Java: a plain uuid column (checked on 6.6 and 7.0)
        }
        String problem = strategy.equals("IDENTITY")
                ? "an identity column needs a Long, Integer or Short id, not " + field.asType()
                : "GenerationType." + strategy + " needs a sequence or a table, which Migrate does not create yet";
        String written = strategyValue == null
                ? "@GeneratedValue on " + where + " (no strategy means GenerationType.AUTO)"
                : "@GeneratedValue(strategy = GenerationType." + strategy + ") on " + where;
        report.error(Code.UNSUPPORTED_GENERATION, written + " is not supported yet: " + problem
                + ". Use @GeneratedValue(strategy = GenerationType.IDENTITY) on a Long id", field, generated.get(),
                strategyValue);
        return null;
    }

    /** False after reporting a {@code @Column} attribute that would change the DDL in ways not modelled yet. */
    private static boolean supportedColumnAttributes(Attributes column, VariableElement field, String where,
                                                     Report report) {
        if (column == null) {
            return true;
        }
        boolean ok = true;
        for (String attribute : List.of("columnDefinition", "table", "options")) {
            if (!column.string(attribute).isEmpty()) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Column(" + attribute + " = \""
                        + column.string(attribute) + "\") on " + where + " is not supported yet by Migrate: it cannot"
                        + " tell what schema Hibernate creates from it. Remove it and describe the column with name,"
                        + " length, precision, scale and nullable", field, column.mirror(), column.explicitValue(attribute));
                ok = false;
            }
        }
        if (!column.list("check").isEmpty()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Column(check = ...) on " + where + " is not supported yet"
                    + " by Migrate: check constraints are not in its schema model. Remove it",
                    field, column.mirror(), column.explicitValue("check"));
            ok = false;
        }
        return ok;
    }

    private static String boxed(VariableElement field) {
        return switch (field.asType().getKind()) {
            case LONG -> "Long";
            case INT -> "Integer";
            case SHORT -> "Short";
            case BOOLEAN -> "Boolean";
            case CHAR -> "Character";
            case BYTE -> "Byte";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            default -> "the boxed type";
        };
    }

    private Attributes attributes(AnnotationMirror mirror) {
        return new Attributes(mirror, elements);
    }
}
