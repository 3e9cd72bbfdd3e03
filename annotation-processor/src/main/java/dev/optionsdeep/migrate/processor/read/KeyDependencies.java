package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

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

    /** The entities the {@code @MapsId} / {@code @Id} relationships of an entity's own attributes reference. */
    private static List<TypeElement> mapsIdTargets(TypeElement entity) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement type : AttributeCollector.ownChain(entity)) {
            for (javax.lang.model.element.Element member : type.getEnclosedElements()) {
                if (!JpaAnnotations.derivesKey(member) || !JpaAnnotations.has(member, "ManyToOne")
                        && !JpaAnnotations.has(member, "OneToOne")) {
                    continue;
                }
                javax.lang.model.type.TypeMirror t = member instanceof ExecutableElement m ? m.getReturnType()
                        : member.asType();
                if (t.getKind() == TypeKind.DECLARED) {
                    out.add((TypeElement) ((javax.lang.model.type.DeclaredType) t).asElement());
                }
            }
        }
        return out;
    }
}
