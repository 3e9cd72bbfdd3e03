package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The attributes of one annotation, defaults included, read by name. An attribute the annotation
 * type does not declare (for example {@code secondPrecision}, which JPA 3.2 added and
 * {@code javax.persistence} never had) reads as the caller's fallback.
 */
public final class Attributes {

    private final AnnotationMirror mirror;
    private final Elements elements;
    /**
     * The values written in the source, by attribute name, made on the first lookup; the others are the annotation
     * type's defaults ({@link ReadCache#defaults}). What {@code Elements.getElementValuesWithDefaults} gives, without
     * its copy of every attribute per annotation and the decoding of every attribute's name per copy.
     */
    private Map<String, AnnotationValue> written;

    public Attributes(AnnotationMirror mirror, Elements elements) {
        this.mirror = mirror;
        this.elements = elements;
    }

    public AnnotationMirror mirror() {
        return mirror;
    }

    /** The value as written or defaulted, or null when the annotation type has no such attribute. */
    public AnnotationValue value(String name) {
        AnnotationValue v = explicitValue(name);
        return v != null ? v : ReadCache.defaults(mirror).get(name);
    }

    /** The value only when written in the source; the caret goes there, else on the annotation. */
    public AnnotationValue explicitValue(String name) {
        if (written == null) { // javac compares a name with a string by decoding it: decode each one once
            written = new java.util.HashMap<>();
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                    : mirror.getElementValues().entrySet()) {
                written.putIfAbsent(e.getKey().getSimpleName().toString(), e.getValue());
            }
        }
        return written.get(name);
    }

    public String string(String name) {
        AnnotationValue v = value(name);
        return v == null ? "" : (String) v.getValue();
    }

    public int integer(String name, int absent) {
        AnnotationValue v = value(name);
        return v == null ? absent : (Integer) v.getValue();
    }

    public boolean bool(String name, boolean absent) {
        AnnotationValue v = value(name);
        return v == null ? absent : (Boolean) v.getValue();
    }

    /** The simple name of an enum constant, such as {@code IDENTITY}. */
    public String enumConstant(String name, String absent) {
        AnnotationValue v = value(name);
        return v == null ? absent : ((VariableElement) v.getValue()).getSimpleName().toString();
    }

    /** A nested annotation's values ({@code foreignKey = @ForeignKey(…)}), or null when the type has no such attribute. */
    public Attributes nested(String name) {
        AnnotationValue v = value(name);
        return v == null ? null : new Attributes((AnnotationMirror) v.getValue(), elements);
    }

    /** The values of a nested annotation given as an {@code AnnotationValue} (an item of {@link #list}). */
    public Attributes nested(AnnotationValue item) {
        return new Attributes((AnnotationMirror) item.getValue(), elements);
    }

    public List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue item : list(name)) {
            out.add((String) item.getValue());
        }
        return out;
    }

    /** The nested annotations of an array attribute, with each one's own value for diagnostics. */
    public List<AnnotationValue> list(String name) {
        AnnotationValue v = value(name);
        if (v == null) {
            return List.of();
        }
        Object raw = v.getValue();
        if (raw instanceof List<?> items) {
            List<AnnotationValue> out = new ArrayList<>();
            for (Object item : items) {
                out.add((AnnotationValue) item);
            }
            return out;
        }
        return List.of(v); // a single value written without braces still reads as a list of one
    }
}
