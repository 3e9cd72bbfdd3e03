package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which entities an entity's key depends on, as the source says: the entity a JOINED subclass extends,
 * and the targets of its {@code @MapsId} / {@code @Id} relationships.
 */
public final class KeyDependencies {

    private KeyDependencies() {
    }

    /**
     * The entities in an order where each comes after those its key depends on: the entity a JOINED
     * subclass extends, and the target of a {@code @MapsId} relationship. Entities in a cycle of such
     * dependencies come last, in the order given (their reading reports the cycle).
     */
    public static List<TypeElement> order(List<TypeElement> entities) {
        List<TypeElement> pending = new ArrayList<>(entities);
        pending.sort(Comparator.comparingInt(e -> AttributeCollector.entityAncestors(e).size()));
        List<TypeElement> ordered = new ArrayList<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (TypeElement e : List.copyOf(pending)) {
                List<TypeElement> dependencies = new ArrayList<>(AttributeCollector.entityAncestors(e));
                dependencies.addAll(mapsIdTargets(e));
                if (dependencies.stream().allMatch(d -> ordered.contains(d) || !pending.contains(d) || d.equals(e))) {
                    ordered.add(e);
                    pending.remove(e);
                    progress = true;
                }
            }
        }
        ordered.addAll(pending);
        return ordered;
    }

    /**
     * The entities the {@code @MapsId} / {@code @Id} relationships of an entity's own attributes reference,
     * and the to-ones inside its {@code @EmbeddedId} class (nested embeddables included).
     */
    private static List<TypeElement> mapsIdTargets(TypeElement entity) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement type : AttributeCollector.ownChain(entity)) {
            for (Element member : type.getEnclosedElements()) {
                TypeElement target = typeOf(member);
                if (target == null) {
                    continue;
                }
                boolean mapsId = false;
                boolean id = false;
                boolean embeddedId = false;
                for (AnnotationMirror m : member.getAnnotationMirrors()) { // one walk per member, not four
                    String name = JpaAnnotations.qualifiedName(m);
                    mapsId |= JpaAnnotations.isJpa(name, "MapsId");
                    id |= JpaAnnotations.isJpa(name, JpaAnnotations.ID);
                    embeddedId |= JpaAnnotations.isJpa(name, "EmbeddedId");
                }
                if ((mapsId || id) && toOne(member)) { // JpaAnnotations.derivesKey
                    out.add(targetEntity(member, target));
                } else if (embeddedId || id && JpaAnnotations.has(target, JpaAnnotations.EMBEDDABLE)) {
                    toOnesInside(target, out, new ArrayList<>());
                }
            }
        }
        return out;
    }

    /** The targets of the to-ones of an embeddable, and of the embeddables it holds. */
    private static void toOnesInside(TypeElement embeddable, List<TypeElement> out, List<TypeElement> seen) {
        if (seen.contains(embeddable)) {
            return;
        }
        seen.add(embeddable);
        for (TypeElement type : AttributeCollector.ownChain(embeddable)) {
            for (Element member : type.getEnclosedElements()) {
                TypeElement target = typeOf(member);
                if (target == null) {
                    continue;
                }
                if (toOne(member)) {
                    out.add(targetEntity(member, target));
                } else if (JpaAnnotations.has(target, JpaAnnotations.EMBEDDABLE)) {
                    toOnesInside(target, out, seen);
                }
            }
        }
    }

    private static boolean toOne(Element member) {
        return JpaAnnotations.has(member, "ManyToOne") || JpaAnnotations.has(member, "OneToOne");
    }

    /**
     * The entity a to-one references: its {@code targetEntity} when written (Broadleaf Commerce types the attribute
     * with an interface and names the entity there), else the attribute's class.
     */
    private static TypeElement targetEntity(Element member, TypeElement declared) {
        for (String relationship : List.of("ManyToOne", "OneToOne")) {
            Optional<AnnotationMirror> mirror = JpaAnnotations.find(member, relationship);
            if (mirror.isEmpty()) {
                continue;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
                    : mirror.get().getElementValues().entrySet()) {
                if (value.getKey().getSimpleName().contentEquals("targetEntity")
                        && value.getValue().getValue() instanceof DeclaredType type
                        && type.asElement() instanceof TypeElement target) {
                    return target;
                }
            }
        }
        return declared;
    }

    /** The class a field or getter holds, or null for anything else. */
    private static TypeElement typeOf(Element member) {
        TypeMirror t = member instanceof ExecutableElement m ? m.getReturnType()
                : member.getKind() == ElementKind.FIELD ? member.asType() : null;
        return t != null && t.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) t).asElement() : null;
    }
}
