package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * {@code @AssociationOverride} on an entity class, renaming the join columns of a {@code @ManyToOne} or
 * {@code @OneToOne} that one of its {@code @MappedSuperclass}es declares, as Hibernate 6.6, 7.2 and 7.4 apply it:
 * OpenMRS's {@code ConceptAttribute} turns its generic {@code BaseAttribute}'s {@code owner_id} into {@code concept_id}
 * (parity model {@code classassoc}). An override with a {@code joinTable}, or naming anything else, is not mapped yet.
 */
public final class ClassAssociationOverrides {

    private ClassAssociationOverrides() {
    }

    /**
     * The override in force for the to-one {@code attribute} bound into {@code entity}: on the entity, else on a mapped
     * superclass between it and the class that declares the attribute.
     */
    public static Optional<TableValues.AssociationOverrideAnnotation> find(TypeElement entity, Attribute attribute,
                                                                           String path) {
        for (TypeElement t = entity; t != null && !t.equals(attribute.declaringType());
             t = AttributeCollector.superclass(t)) {
            for (TableValues.AssociationOverrideAnnotation o : Mapping.written(t).declaredAssociationOverrides()) {
                if (o.name().strip().equals(path)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** The overrides on {@code entity} that Migrate cannot apply: with a join table, or naming no inherited to-one. */
    static List<AnnotationMirror> unsupported(TypeElement entity) {
        List<AnnotationMirror> out = new ArrayList<>();
        for (TableValues.AssociationOverrideAnnotation o : Mapping.written(entity).declaredAssociationOverrides()) {
            boolean joinTable = o.mirror().getElementValues().keySet().stream()
                    .anyMatch(k -> k.getSimpleName().contentEquals("joinTable"));
            if (joinTable || !inheritedToOne(entity, o.name().strip())) {
                out.add(o.mirror());
            }
        }
        return out;
    }

    private static boolean inheritedToOne(TypeElement entity, String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (TypeElement type : AttributeCollector.ownChain(entity)) {
            if (type.equals(entity)) {
                continue;
            }
            for (Element member : type.getEnclosedElements()) {
                String simple = member.getSimpleName().toString();
                boolean named = member.getKind() == ElementKind.FIELD ? simple.equals(name)
                        : member.getKind() == ElementKind.METHOD && simple.equals("get"
                        + Character.toUpperCase(name.charAt(0)) + name.substring(1));
                if (named && Mapping.written(member).toOne()) {
                    return true;
                }
            }
        }
        return false;
    }
}
