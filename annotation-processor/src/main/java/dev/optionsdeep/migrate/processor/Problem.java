package dev.optionsdeep.migrate.processor;

import java.util.Objects;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One diagnostic, not yet printed. {@code annotation} and {@code value} are optional; when given,
 * javac puts the caret on that annotation (or that attribute) instead of on the element's name.
 */
record Problem(Code code, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {

    Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
        if (value != null && annotation == null) {
            throw new IllegalArgumentException("an annotation value needs its annotation");
        }
    }

    boolean isError() {
        return code.kind() == javax.tools.Diagnostic.Kind.ERROR;
    }
}
