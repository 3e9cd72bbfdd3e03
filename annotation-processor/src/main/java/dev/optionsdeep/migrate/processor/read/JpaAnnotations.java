package dev.optionsdeep.migrate.processor;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds JPA annotations by name, never by class literal: the processor must work with both
 * {@code jakarta.persistence} and {@code javax.persistence} and has neither on its own class path.
 */
final class JpaAnnotations {

    static final String JAKARTA = "jakarta.persistence.";
    static final String JAVAX = "javax.persistence.";
    static final String HIBERNATE = "org.hibernate.annotations.";

    static final String ENTITY = "Entity";
    static final String TABLE = "Table";
    static final String ID = "Id";
    static final String GENERATED_VALUE = "GeneratedValue";
    static final String COLUMN = "Column";
    static final String BASIC = "Basic";
    static final String TRANSIENT = "Transient";
    static final String ACCESS = "Access";
    static final String MAPPED_SUPERCLASS = "MappedSuperclass";
    static final String LOB = "Lob";
    static final String TEMPORAL = "Temporal";
    static final String VERSION = "Version";
    static final String EMBEDDABLE = "Embeddable";
    static final String EMBEDDED = "Embedded";
    static final String ATTRIBUTE_OVERRIDE = "AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = "AttributeOverrides";
    static final String INHERITANCE = "Inheritance";
    static final String DISCRIMINATOR_COLUMN = "DiscriminatorColumn";
    static final String DISCRIMINATOR_VALUE = "DiscriminatorValue";
    static final String ENUMERATED = "Enumerated";

    /** The annotation types whose classes the processor reads. */
    static final List<String> ENTITY_ANNOTATIONS = List.of(JAKARTA + ENTITY, JAVAX + ENTITY);

    /**
     * Classes whose change changes entities' tables without touching an entity: an incremental
     * build that recompiles only one of them must still run the processor, which then reads the
     * entities of the previous compilation again.
     */
    static final List<String> STRUCTURE_ANNOTATIONS = List.of(JAKARTA + "MappedSuperclass", JAVAX + "MappedSuperclass",
            JAKARTA + "Embeddable", JAVAX + "Embeddable");

    private JpaAnnotations() {
    }

    /** The {@code jakarta.persistence} or {@code javax.persistence} annotation {@code simpleName} on {@code element}. */
    static Optional<AnnotationMirror> find(Element element, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            if (name.equals(JAKARTA + simpleName) || name.equals(JAVAX + simpleName)) {
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
    static List<AnnotationMirror> findRepeated(Element element, String simpleName, String container,
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
    static List<AnnotationMirror> findHibernate(Element element, String simpleName, String container,
                                                javax.lang.model.util.Elements elements) {
        List<AnnotationMirror> out = new java.util.ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            if (name.equals(HIBERNATE + simpleName)) {
                out.add(mirror);
            } else if (name.equals(HIBERNATE + container)) {
                for (javax.lang.model.element.AnnotationValue v : new Attributes(mirror, elements).list("value")) {
                    out.add((AnnotationMirror) v.getValue());
                }
            }
        }
        return out;
    }

    static boolean has(Element element, String simpleName) {
        return find(element, simpleName).isPresent();
    }

    static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }

    /** Whether the annotation is a JPA one, from either namespace. */
    static boolean isJpa(AnnotationMirror mirror) {
        String name = qualifiedName(mirror);
        return name.startsWith(JAKARTA) || name.startsWith(JAVAX);
    }

    static boolean isHibernate(AnnotationMirror mirror) {
        return qualifiedName(mirror).startsWith(HIBERNATE);
    }
}
