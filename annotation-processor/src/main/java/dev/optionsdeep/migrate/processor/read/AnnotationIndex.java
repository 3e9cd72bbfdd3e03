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
                hibernate.computeIfAbsent(JpaAnnotations.simpleName(mirror), k -> new ArrayList<>()).add(mirror);
            }
        }
    }

    /** The JPA and Hibernate annotations on the element, in source order (the others are no concern of Migrate's). */
    public List<AnnotationMirror> mappingAnnotations() {
        return List.copyOf(all);
    }

    List<Attributes> repeated(String simpleName, String container) {
        List<Attributes> out = new ArrayList<>();
        jpa(simpleName).ifPresent(out::add);
        jpa(container).ifPresent(c -> c.list("value").forEach(v -> out.add(resolved((AnnotationMirror) v.getValue()))));
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
        return Optional.ofNullable(jpa.get(simpleName)).map(this::resolved);
    }

    Optional<Attributes> hibernateOne(String simpleName) {
        List<AnnotationMirror> written = hibernate.get(simpleName);
        return written == null || written.isEmpty() ? Optional.empty() : Optional.of(resolved(written.get(0)));
    }

    Attributes resolved(AnnotationMirror mirror) {
        if (elements == null) {
            throw new IllegalStateException("@" + JpaAnnotations.simpleName(mirror) + "'s defaults need Mapping.of");
        }
        return resolved.computeIfAbsent(mirror, m -> new Attributes(m, elements));
    }

    Optional<MappingValues.Text> hibernateText(String simpleName) {
        return hibernateOne(simpleName).map(a -> new MappingValues.Text(a.string("value"), a.mirror(), a.explicitValue("value")));
    }
}
