package dev.optionsdeep.migrate.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The {@code @AttributeOverride}s in force while one entity is mapped, by attribute path
 * ({@code createdBy}, {@code home.street}, {@code home.geo.lat}). When two name the same path the
 * outermost wins, as JPA says: the entity's over the embedded field's, that one over an override
 * inside the embeddable. An override's {@code @Column} replaces the attribute's own entirely.
 */
final class Overrides {

    /**
     * One override.
     *
     * @param path       the attribute path from the entity
     * @param name       its {@code name} as written, relative to the host
     * @param host       the class or field carrying it; diagnostics about its column go there
     * @param annotation the {@code @AttributeOverride}
     * @param column     its {@code column}, read with defaults
     */
    record Override(String path, String name, Element host, AnnotationMirror annotation, Attributes column) {
    }

    private final Elements elements;
    private final Map<String, Override> byPath = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    Overrides(Elements elements) {
        this.elements = elements;
    }

    /** Adds the overrides on {@code host}, named relative to {@code prefix} ({@code ""} or {@code "home."}). */
    void addFrom(Element host, String prefix) {
        for (AnnotationMirror mirror : JpaAnnotations.findRepeated(host, JpaAnnotations.ATTRIBUTE_OVERRIDE,
                JpaAnnotations.ATTRIBUTE_OVERRIDES, elements)) {
            Attributes override = new Attributes(mirror, elements);
            AnnotationValue column = override.value("column");
            String name = override.string("name").strip();
            String path = prefix + name;
            byPath.putIfAbsent(path, new Override(path, name, host, mirror,
                    new Attributes((AnnotationMirror) column.getValue(), elements)));
        }
    }

    /**
     * Adds the overrides on {@code host} whose name starts with {@code part} ({@code key.} or {@code value.}, as
     * JPA names the key and the value of a map), as if named relative to {@code prefix} without it.
     */
    void addMapPart(Element host, String part, String prefix) {
        for (AnnotationMirror mirror : JpaAnnotations.findRepeated(host, JpaAnnotations.ATTRIBUTE_OVERRIDE,
                JpaAnnotations.ATTRIBUTE_OVERRIDES, elements)) {
            Attributes override = new Attributes(mirror, elements);
            String name = override.string("name").strip();
            if (name.startsWith(part)) {
                String path = prefix + name.substring(part.length());
                byPath.putIfAbsent(path, new Override(path, name, host, mirror,
                        new Attributes((AnnotationMirror) override.value("column").getValue(), elements)));
            }
        }
    }

    /** The override of the attribute at {@code path}, now counted as used. */
    Optional<Override> take(String path) {
        Override o = byPath.get(path);
        if (o != null) {
            used.add(path);
        }
        return Optional.ofNullable(o);
    }

    /** Overrides that matched no attribute: Hibernate ignores them silently, which hides a typo. */
    List<Override> unused() {
        List<Override> out = new ArrayList<>();
        byPath.forEach((path, o) -> {
            if (!used.contains(path)) {
                out.add(o);
            }
        });
        return out;
    }
}
