package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The JPA and Hibernate annotations of one element, collected in one pass by simple name, with the ways
 * {@link Mapping}'s accessors read them: resolved with defaults, as written, or repeated in their container.
 */
abstract class AnnotationIndex {

    final Map<String, AnnotationMirror> jpa = new LinkedHashMap<>();
    final Map<String, List<AnnotationMirror>> hibernate = new LinkedHashMap<>();
    /** The JPA and Hibernate annotations in source order, for the checks of which ones Migrate maps. */
    private final List<AnnotationMirror> all = new ArrayList<>();
    final Elements elements;
    /** Each annotation's values with defaults, resolved once: the index lives as long as its {@link ReadCache}. */
    private final Map<AnnotationMirror, Attributes> resolved = new java.util.IdentityHashMap<>();

    AnnotationIndex(Element element, Elements elements) {
        this.elements = elements;
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (JpaAnnotations.isJpa(mirror) || JpaAnnotations.isHibernate(mirror)) {
                all.add(mirror);
            }
            if (JpaAnnotations.isJpa(mirror)) {
                jpa.put(JpaAnnotations.simpleName(mirror), mirror);
            } else if (JpaAnnotations.isHibernate(mirror)) {
                List<AnnotationMirror> named = hibernate.get(JpaAnnotations.simpleName(mirror));
                if (named == null) {
                    named = new ArrayList<>(1);
                    hibernate.put(JpaAnnotations.simpleName(mirror), named);
                }
                named.add(mirror);
            }
        }
    }

    /** The JPA and Hibernate annotations on the element, in source order (the others are no concern of Migrate's). */
    public List<AnnotationMirror> mappingAnnotations() {
        return List.copyOf(all);
    }

    List<Attributes> repeated(String simpleName, String container) {
        List<Attributes> out = new ArrayList<>();
        AnnotationMirror one = jpa.get(simpleName);
        if (one != null) {
            out.add(resolved(one));
        }
        AnnotationMirror many = jpa.get(container);
        if (many != null) {
            for (AnnotationValue v : resolved(many).list("value")) {
                out.add(resolved((AnnotationMirror) v.getValue()));
            }
        }
        return out;
    }

    static AnnotationValue written(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends javax.lang.model.element.ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) { // a loop: asked per attribute, in a compiler still cold
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    Optional<Attributes> jpa(String simpleName) {
        AnnotationMirror mirror = jpa.get(simpleName);
        return mirror == null ? Optional.empty() : Optional.of(resolved(mirror));
    }

    Optional<Attributes> hibernateOne(String simpleName) {
        List<AnnotationMirror> written = hibernate.get(simpleName);
        return written == null || written.isEmpty() ? Optional.empty() : Optional.of(resolved(written.get(0)));
    }

    Attributes resolved(AnnotationMirror mirror) {
        if (elements == null) {
            throw new IllegalStateException("@" + JpaAnnotations.simpleName(mirror) + "'s defaults need Mapping.of");
        }
        Attributes found = resolved.get(mirror);
        if (found == null) {
            found = new Attributes(mirror, elements);
            resolved.put(mirror, found);
        }
        return found;
    }

    Optional<MappingValues.Text> hibernateText(String simpleName) {
        List<AnnotationMirror> written = hibernate.get(simpleName);
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        Attributes a = resolved(written.get(0));
        return Optional.of(new MappingValues.Text(a.string("value"), a.mirror(), a.explicitValue("value")));
    }

    /** The first of a list that may be null or empty. */
    static <T> Optional<T> first(List<T> list) {
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
