package dev.optionsdeep.migrate.processor.read;

import java.util.List;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Which members of a class may be attributes, for {@link AttributeCollector}. */
final class AttributeMembers {

    private AttributeMembers() {
    }

    /**
     * The fields and getters of {@code type} that may be attributes: not static, transient, {@code @Transient},
     * Hibernate's {@code @Parent}, computed or excluded. One loop over the members (run per class in a cold compiler).
     */
    static void collect(TypeElement type, Set<String> excluded, List<VariableElement> fields,
                        List<ExecutableElement> getters) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.ENUM_CONSTANT) {
                // (enum constants too, as ElementFilter.fieldsIn takes them)
                VariableElement f = (VariableElement) member;
                if (!f.getModifiers().contains(Modifier.STATIC) && !f.getModifiers().contains(Modifier.TRANSIENT)
                        && !unmapped(f) && !excluded.contains(f.getSimpleName().toString())) {
                    fields.add(f);
                }
            } else if (member.getKind() == ElementKind.METHOD) {
                ExecutableElement m = (ExecutableElement) member;
                String property = AttributeCollector.propertyName(m);
                if (property != null && !unmapped(m) && !excluded.contains(property)) {
                    getters.add(m);
                }
            }
        }
    }

    /**
     * {@code @Transient}; Hibernate's {@code @Parent} (in an embeddable, the reference back to the entity holding it,
     * which Hibernate sets on loading and never stores: checked with 7.4's export, no column); Hibernate's
     * {@code @Formula} (a value computed by SQL when read, which has no column, checked with 7.4). One walk over the
     * member's annotations for the three: this runs per member of every class read.
     */
    private static boolean unmapped(Element member) {
        for (javax.lang.model.element.AnnotationMirror mirror : member.getAnnotationMirrors()) {
            String name = JpaAnnotations.qualifiedName(mirror);
            if (JpaAnnotations.isJpa(name, JpaAnnotations.TRANSIENT)
                    || JpaAnnotations.named(name, JpaAnnotations.HIBERNATE, "Parent")
                    || JpaAnnotations.named(name, JpaAnnotations.HIBERNATE, "Formula")) {
                return true;
            }
        }
        return false;
    }
}
