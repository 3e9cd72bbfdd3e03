package dev.optionsdeep.migrate.processor.read;

import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.util.Elements;

/**
 * The values of the annotation describing a column ({@code @Column} or {@code @JoinColumn}, on the attribute
 * or in an override), and of {@code @JdbcTypeCode}, for the bind stage, which keeps only the annotation's
 * mirror ({@code MappedColumn.columnAnnotation}).
 */
public final class ColumnAnnotations {

    private ColumnAnnotations() {
    }

    /** {@code @Column(columnDefinition)}, {@code ""} when not written. */
    public static String definition(AnnotationMirror column, Elements elements) {
        return new Attributes(column, elements).string("columnDefinition");
    }

    /** The {@code @CheckConstraint}s of {@code @Column(check)}, in source order. */
    public static List<MappingValues.JpaCheck> checks(AnnotationMirror column, Elements elements) {
        return MappingValues.JpaCheck.in(new Attributes(column, elements));
    }

    /** Whether {@code insertable = false} and {@code updatable = false} are both written: a read-only column. */
    public static boolean readOnly(AnnotationMirror column) {
        return Boolean.FALSE.equals(written(column, "insertable")) && Boolean.FALSE.equals(written(column, "updatable"));
    }

    /** Whether the column's {@code attribute} ({@code insertable} or {@code updatable}) is left true. */
    public static boolean writes(AnnotationMirror column, String attribute) {
        return column == null || !Boolean.FALSE.equals(written(column, attribute));
    }

    /** {@code table} as written, stripped, or {@code ""}. */
    public static String explicitTable(AnnotationMirror column) {
        Object table = written(column, "table");
        return table == null ? "" : ((String) table).strip();
    }

    /** Whether {@code unique = true} is written (on a {@code @Column} or a {@code @JoinColumn}). */
    public static boolean explicitUnique(AnnotationMirror column) {
        return Boolean.TRUE.equals(written(column, "unique"));
    }

    /** Whether {@code nullable = false} is written. */
    public static boolean explicitNotNull(AnnotationMirror column) {
        return Boolean.FALSE.equals(written(column, "nullable"));
    }

    /** {@code @JdbcTypeCode}'s code, {@link Integer#MIN_VALUE} if none is written. */
    public static int jdbcTypeCode(AnnotationMirror typeCode) {
        Object code = written(typeCode, "value");
        return code == null ? Integer.MIN_VALUE : (Integer) code;
    }

    private static Object written(AnnotationMirror mirror, String name) {
        AnnotationValue value = AnnotationIndex.written(mirror, name);
        return value == null ? null : value.getValue();
    }
}
