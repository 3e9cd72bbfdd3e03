package dev.optionsdeep.migrate.processor.read;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds JPA annotations by name, never by class literal: the processor must work with both
 * {@code jakarta.persistence} and {@code javax.persistence} and has neither on its own class path.
 */
public final class JpaAnnotations {

    static final String JAKARTA = "jakarta.persistence.";
    static final String JAVAX = "javax.persistence.";
    public static final String HIBERNATE = "org.hibernate.annotations.";

    public static final String ENTITY = "Entity";
    public static final String TABLE = "Table";
    public static final String ID = "Id";
    public static final String GENERATED_VALUE = "GeneratedValue";
    public static final String COLUMN = "Column";
    public static final String BASIC = "Basic";
    static final String TRANSIENT = "Transient";
    static final String ACCESS = "Access";
    static final String MAPPED_SUPERCLASS = "MappedSuperclass";
    public static final String LOB = "Lob";
    public static final String TEMPORAL = "Temporal";
    public static final String VERSION = "Version";
    public static final String EMBEDDABLE = "Embeddable";
    public static final String EMBEDDED = "Embedded";
    static final String ATTRIBUTE_OVERRIDE = "AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = "AttributeOverrides";
    public static final String INHERITANCE = "Inheritance";
    public static final String DISCRIMINATOR_COLUMN = "DiscriminatorColumn";
    public static final String DISCRIMINATOR_VALUE = "DiscriminatorValue";
    public static final String ENUMERATED = "Enumerated";

    /** The annotation types whose classes the processor reads. */
    public static final List<String> ENTITY_ANNOTATIONS = List.of(JAKARTA + ENTITY, JAVAX + ENTITY);

    /**
     * Classes whose change changes entities' tables without touching an entity: an incremental
     * build that recompiles only one of them must still run the processor, which then reads the
     * entities of the previous compilation again.
     */
    public static final List<String> STRUCTURE_ANNOTATIONS = List.of(JAKARTA + "MappedSuperclass", JAVAX + "MappedSuperclass",
            JAKARTA + "Embeddable", JAVAX + "Embeddable");

    private JpaAnnotations() {
    }

    /** The {@code jakarta.persistence} or {@code javax.persistence} annotation {@code simpleName} on {@code element}. */
    public static Optional<AnnotationMirror> find(Element element, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (isJpa(qualifiedName(mirror), simpleName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /**
     * Every {@code simpleName} annotation on {@code element}, also those javac wrapped in their
     * {@code container} when the annotation is repeated (two {@code @AttributeOverride} are stored as
     * one {@code @AttributeOverrides}), in source order.
     */
    public static List<AnnotationMirror> findRepeated(Element element, String simpleName, String container,
                                               javax.lang.model.util.Elements elements) {
        List<AnnotationMirror> out = new java.util.ArrayList<>();
        find(element, simpleName).ifPresent(out::add);
        find(element, container).ifPresent(c -> {
            for (javax.lang.model.element.AnnotationValue v : new Attributes(c, elements).list("value")) {
                out.add((AnnotationMirror) v.getValue());
            }
        });
        return out;
    }

    /** Every Hibernate {@code @simpleName} on {@code element}, also those wrapped in its {@code container}. */
    public static List<AnnotationMirror> findHibernate(Element element, String simpleName, String container,
                                                javax.lang.model.util.Elements elements) {
        List<AnnotationMirror> out = new java.util.ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            if (named(name, HIBERNATE, simpleName)) {
                out.add(mirror);
            } else if (named(name, HIBERNATE, container)) {
                for (javax.lang.model.element.AnnotationValue v : new Attributes(mirror, elements).list("value")) {
                    out.add((AnnotationMirror) v.getValue());
                }
            }
        }
        return out;
    }

    /** The {@code org.hibernate.annotations} annotation {@code simpleName} on {@code element}. */
    public static Optional<AnnotationMirror> hibernate(Element element, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (named(qualifiedName(mirror), HIBERNATE, simpleName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code name} is {@code jakarta.persistence.simpleName} or {@code javax.persistence.simpleName}: compared
     * in place, as this runs for every annotation of every element read, and a concatenation per call adds up.
     */
    static boolean isJpa(String name, String simpleName) {
        return named(name, JAKARTA, simpleName) || named(name, JAVAX, simpleName);
    }

    /** Whether {@code name} is {@code prefix + simpleName}, without making that string. */
    static boolean named(String name, String prefix, String simpleName) {
        return name.length() == prefix.length() + simpleName.length() && name.startsWith(prefix)
                && name.endsWith(simpleName);
    }

    /** Whether the relationship attribute is part of the entity's key: {@code @MapsId} or {@code @Id} on a to-one. */
    public static boolean derivesKey(Element attribute) {
        return has(attribute, "MapsId") || has(attribute, ID);
    }

    public static boolean has(Element element, String simpleName) {
        return find(element, simpleName).isPresent();
    }

    public static String qualifiedName(AnnotationMirror mirror) {
        return ReadCache.qualifiedName(mirror);
    }

    public static String simpleName(AnnotationMirror mirror) {
        String qualified = qualifiedName(mirror);
        return qualified.isEmpty() ? mirror.getAnnotationType().asElement().getSimpleName().toString()
                : qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** Whether the annotation is a JPA one, from either namespace. */
    public static boolean isJpa(AnnotationMirror mirror) {
        String name = qualifiedName(mirror);
        return name.startsWith(JAKARTA) || name.startsWith(JAVAX);
    }

    public static boolean isHibernate(AnnotationMirror mirror) {
        return qualifiedName(mirror).startsWith(HIBERNATE);
    }
}
