package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.MappingValues.ColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.Mapping;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Whether a basic column is nullable, as Hibernate 7.4 decides: ids, versions, generated timestamps,
 * {@code @Basic(optional = false)}, an explicit {@code @Column(nullable)}, primitives.
 */
final class ColumnNullability {

    private ColumnNullability() {
    }

    /**
     * Hibernate's rule (PropertyBinder and AnnotatedColumn, 6.6 and 7.0): an id is not null, so is a field
     * with {@code @Basic(optional = false)}; otherwise an explicit {@code @Column} decides by its
     * {@code nullable}, and without one a primitive is not null. Hibernate 6 leaves a primitive with a bare
     * {@code @Basic} nullable where 7 does not; not null is right for both, as a primitive is never null.
     * Inside an embeddable a primitive without {@code @Column(nullable = false)} is nullable, as the
     * whole embedded value may be null (checked with Hibernate 7.4).
     */
    static boolean nullable(Elements elements, Element field, TypeMirror javaType, ColumnAnnotation column, Element columnHost, boolean id,
                             boolean inEmbeddable, String where,
                            Report report, HibernateLine line) {
        boolean primitive = javaType.getKind().isPrimitive();
        Mapping mapping = Mapping.of(field, elements);
        boolean required = mapping.requiredByBasic();
        // Hibernate 7.4 makes the version column not null whatever @Column says, and (checked) a column its
        // generators fill with the current time (@CreationTimestamp, @UpdateTimestamp, @CurrentTimestamp); 7.2 does
        // not. The @TenantId column is not null in both.
        boolean generated = mapping.version() || mapping.generatedTimestamp();
        if (id || required || generated && line.versionsNotNull() || mapping.tenantId()) {
            return false;
        }
        if (column == null) {
            return !primitive || inEmbeddable;
        }
        boolean nullable = column.nullable();
        if (nullable && primitive && !inEmbeddable) {
            report.warning(Code.NULLABLE_PRIMITIVE, where + " is a primitive " + javaType + ", yet its column is"
                    + " nullable: with @Column, Hibernate makes a column not null only when it says nullable = false."
                    + " Add nullable = false (a primitive is never null), or use " + boxed(javaType) + " if null is"
                    + " meant", columnHost, column.mirror(), null);
        }
        return nullable;
    }

    private static String boxed(TypeMirror type) {
        return switch (type.getKind()) {
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
}
