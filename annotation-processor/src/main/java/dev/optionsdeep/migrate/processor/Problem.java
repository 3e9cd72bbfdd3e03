package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.processor.read.AttributeCollector;

import java.util.Objects;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One diagnostic, not yet printed. {@code annotation} and {@code value} are optional; when given,
 * javac puts the caret on that annotation (or that attribute) instead of on the element's name.
 */
public record Problem(Code code, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
        if (value != null && annotation == null) {
            throw new IllegalArgumentException("an annotation value needs its annotation");
        }
    }

    /**
     * What the problem is about, as the snapshot and the goals name it: an entity's qualified name
     * ({@code com.acme.Order}), an attribute's ({@code com.acme.Order.lines}, a getter by its property
     * name), or a package's.
     */
    public String where() {
        return where(element);
    }

    public static String where(Element element) {
        if (element instanceof javax.lang.model.element.QualifiedNameable named) {
            return named.getQualifiedName().toString();
        }
        Element enclosing = element.getEnclosingElement();
        String name = element instanceof javax.lang.model.element.ExecutableElement m
                ? java.util.Objects.requireNonNullElse(AttributeCollector.propertyName(m), m.getSimpleName().toString())
                : element.getSimpleName().toString();
        return enclosing == null ? name : where(enclosing) + "." + name;
    }

    /** Whether the element it is about is left out of the snapshot (see {@link Code#abandons()}). */
    public boolean abandons() {
        return code.abandons();
    }
}
