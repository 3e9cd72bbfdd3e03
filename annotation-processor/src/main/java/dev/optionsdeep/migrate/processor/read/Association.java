package dev.optionsdeep.migrate.processor.read;

import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A relationship attribute found while mapping an entity's attributes, mapped once every entity's
 * primary key is known: its columns take their names and types from the entity it references.
 *
 * @param attribute  the field or getter with {@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany}, {@code @ManyToMany},
 *                   {@code @ElementCollection} or Hibernate's {@code @ManyToAny}
 * @param path       the attribute path from the entity: {@code customer}, or {@code shipping.carrier} inside an embedded one
 * @param origin     the entity's attribute it comes from: {@code attribute}, or the embedded attribute holding it
 * @param kind       which relationship annotation it has
 * @param annotation that annotation
 * @param inId       whether it is an attribute of an {@code @EmbeddedId} class, whose key its join columns are part of
 */
public record Association(Attribute attribute, String path, Element origin, Kind kind, AnnotationMirror annotation,
                          boolean inId) {

    public Association(Attribute attribute, String path, Element origin, Kind kind, AnnotationMirror annotation) {
        this(attribute, path, origin, kind, annotation, false);
    }

    public enum Kind {
        MANY_TO_ONE("ManyToOne"), ONE_TO_ONE("OneToOne"), ONE_TO_MANY("OneToMany"), MANY_TO_MANY("ManyToMany"),
        /** Not a relationship, but mapped like one: a collection table keyed by the entity's key. */
        ELEMENT_COLLECTION("ElementCollection"),
        /** Hibernate's {@code @ManyToAny}: a join table of references to entities of several types. */
        MANY_TO_ANY("ManyToAny");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        public String annotation() {
            return annotation;
        }

        public boolean toOne() {
            return this == MANY_TO_ONE || this == ONE_TO_ONE;
        }
    }

    /** The relationship an attribute is, if any. */
    public static Optional<Association> of(Attribute attribute, String path, Element origin) {
        // The first kind (in KINDS' order) written, at its first annotation: one walk over the attribute's annotations
        // for all six kinds, as this is asked of every attribute.
        Kind found = null;
        AnnotationMirror at = null;
        for (AnnotationMirror mirror : attribute.element().getAnnotationMirrors()) {
            String name = JpaAnnotations.qualifiedName(mirror);
            for (Kind kind : KINDS) {
                if ((found == null || kind.ordinal() < found.ordinal()) && (kind == Kind.MANY_TO_ANY
                        ? JpaAnnotations.named(name, JpaAnnotations.HIBERNATE, kind.annotation())
                        : JpaAnnotations.isJpa(name, kind.annotation()))) {
                    found = kind;
                    at = mirror;
                }
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Association(attribute, path, origin, found, at));
    }

    private static final Kind[] KINDS = Kind.values();

    /**
     * Whether its join columns are (part of) the entity's key: {@code @MapsId}, {@code @Id} on a to-one, or a
     * to-one inside the {@code @EmbeddedId} class.
     */
    public boolean mapsId() {
        return kind.toOne() && (inId || JpaAnnotations.derivesKey(attribute.element()));
    }

    /** The same relationship as an attribute of the entity's {@code @EmbeddedId} class. */
    public Association insideId() {
        return new Association(attribute, path, origin, kind, annotation, true);
    }

    /** How messages name it: {@code Order.customer}. */
    public String where(String owner) {
        return owner + "." + path;
    }
}
