package dev.optionsdeep.migrate.processor.read;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * What Hibernate Envers' annotations ({@code org.hibernate.envers}) say about an entity and its attributes, for
 * the audit tables the bind stage adds ({@code AuditTables}): whether Envers audits them, and the names given.
 */
public final class EnversAnnotations {

    private static final String ENVERS = "org.hibernate.envers.";

    private final Elements elements;

    public EnversAnnotations(Elements elements) {
        this.elements = elements;
    }

    /** {@code @AuditTable(value, schema)} or {@code @AuditJoinTable(name, schema)}: empty strings when not given. */
    public record Named(String name, String schema) {
    }

    /** Whether hibernate-envers is on the compile class path. */
    public boolean onClassPath() {
        return elements.getTypeElement(ENVERS + "Audited") != null;
    }

    /** The Envers annotation {@code simpleName} on the element, or null. */
    public AnnotationMirror audited(Element element, String simpleName) {
        return annotation(element, simpleName).orElse(null);
    }

    /** The name {@code @AuditTable} or {@code @AuditJoinTable} ({@code annotation}) on {@code at} gives. */
    public Named auditTable(Element at, String annotation) {
        Optional<Attributes> named = annotation(at, annotation).map(m -> new Attributes(m, elements));
        return new Named(named.map(a -> a.string(annotation.equals("AuditTable") ? "value" : "name")).orElse(""),
                named.map(a -> a.string("schema")).orElse(""));
    }

    /** The hierarchy's {@code @Inheritance} strategy, given its root. */
    public String inheritance(TypeElement root) {
        return JpaAnnotations.find(root, JpaAnnotations.INHERITANCE)
                .map(m -> new Attributes(m, elements).enumConstant("strategy", "SINGLE_TABLE")).orElse("SINGLE_TABLE");
    }

    /** Whether the attribute is a map whose keys or values are embeddables. */
    public boolean embeddableMap(Element attribute) {
        if (!(attributeType(attribute) instanceof DeclaredType d) || d.getTypeArguments().size() != 2) {
            return false;
        }
        java.util.Optional<AnnotationMirror> keyClass = JpaAnnotations.find(attribute, "MapKeyClass");
        boolean keyedByClass = keyClass.map(m -> (Object) new Attributes(m, elements).value("value").getValue())
                .filter(t -> t instanceof DeclaredType k && JpaAnnotations.has(k.asElement(), JpaAnnotations.EMBEDDABLE))
                .isPresent();
        return keyedByClass || d.getTypeArguments().stream().anyMatch(t -> t instanceof DeclaredType a
                && JpaAnnotations.has(a.asElement(), JpaAnnotations.EMBEDDABLE));
    }

    /** Whether the attribute is an element collection of embeddables. */
    public boolean embeddables(Element attribute) {
        if (!JpaAnnotations.has(attribute, "ElementCollection")
                || !(attributeType(attribute) instanceof DeclaredType d) || d.getTypeArguments().size() != 1) {
            return false;
        }
        return d.getTypeArguments().get(0) instanceof DeclaredType element
                && JpaAnnotations.has(element.asElement(), JpaAnnotations.EMBEDDABLE);
    }

    /** The type of a field, or a getter's return type. */
    public static TypeMirror attributeType(Element attribute) {
        return attribute instanceof ExecutableElement m ? m.getReturnType() : attribute.asType();
    }

    /** Whether Envers adds a {@code <attribute>_MOD} flag for the attribute: {@code @Audited(withModifiedFlag)}. */
    public boolean modifiedFlag(TypeElement entity, Element attribute) {
        Optional<AnnotationMirror> audited = annotation(attribute, "Audited").or(() -> annotation(entity, "Audited"));
        return audited(entity, attribute) && audited.map(m -> new Attributes(m, elements).bool("withModifiedFlag", false))
                .orElse(false);
    }

    /** Whether Envers audits the entity: {@code @Audited} on it, or on one of its attributes. */
    public boolean audited(TypeElement entity) {
        if (annotation(entity, "Audited").isPresent()) {
            return true;
        }
        for (TypeElement t = entity; t != null; t = AttributeCollector.superclass(t)) {
            if (t.getEnclosedElements().stream().anyMatch(e -> annotation(e, "Audited").isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** Whether Envers audits the attribute {@code origin} of {@code entity}'s table. */
    public boolean audited(TypeElement entity, Element origin) {
        if (annotation(origin, "NotAudited").isPresent() || JpaAnnotations.has(origin, JpaAnnotations.VERSION)) {
            return false;
        }
        if (annotation(origin, "Audited").isPresent()) {
            return true;
        }
        TypeElement declaring = (TypeElement) origin.getEnclosingElement();
        if (declaring.equals(entity) || JpaAnnotations.has(declaring, JpaAnnotations.ENTITY)) {
            return annotation(declaring, "Audited").isPresent();
        }
        Optional<AnnotationMirror> audited = annotation(entity, "Audited");
        return annotation(declaring, "Audited").isPresent() || audited.isPresent() && new Attributes(audited.get(),
                elements).list("auditParents").stream().anyMatch(v -> v.getValue() instanceof DeclaredType d
                && d.asElement().equals(declaring));
    }

    private static Optional<AnnotationMirror> annotation(Element element, String simpleName) {
        return element.getAnnotationMirrors().stream()
                .filter(m -> JpaAnnotations.qualifiedName(m).equals(ENVERS + simpleName))
                .map(m -> (AnnotationMirror) m).findFirst();
    }
}
