package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.RenamedFrom;

import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Migrate's own {@code @RenamedFrom} on an entity class or an attribute: the name before a rename. */
public final class RenameAnnotations {

    public static final String ANNOTATION = RenamedFrom.class.getName();

    private RenameAnnotations() {
    }

    /** {@code @RenamedFrom} on {@code element}, if written. */
    public static Optional<AnnotationMirror> find(Element element) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) { // asked of every entity and attribute
            if (JpaAnnotations.qualifiedName(m).equals(ANNOTATION)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code @RenamedFrom}'s old name as written ({@code ""} if none), with the annotation. */
    public static Optional<MappingValues.Text> hint(Element element) {
        return find(element).map(m -> {
            AnnotationValue value = AnnotationIndex.written(m, "value");
            return new MappingValues.Text(value == null ? "" : (String) value.getValue(), m, value);
        });
    }
}
