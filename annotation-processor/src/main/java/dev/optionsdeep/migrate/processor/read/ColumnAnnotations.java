package dev.optionsdeep.migrate.processor.read;

import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.util.Elements;

/**
 * The values of a column's {@code @Column} wherever it was written (on the attribute, or in an
 * {@code @AttributeOverride}), for the bind stage, which keeps only the annotation's mirror.
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
}
