package dev.optionsdeep.migrate.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute as Hibernate sees it: a field under field access, a getter under property
 * access. Its mapping annotations are read from {@code element}.
 *
 * @param name          the attribute name (the field name, or the JavaBean name of the getter)
 * @param element       the field or getter carrying the annotations; diagnostics go there
 * @param type          the field type, or the getter's return type
 * @param declaringType the class that declares it: the entity, a mapped superclass or an embeddable
 */
public record Attribute(String name, Element element, TypeMirror type, TypeElement declaringType) {

    public boolean isProperty() {
        return element.getKind() == ElementKind.METHOD;
    }

    /** How messages name the member: {@code Company.ticker} or {@code Company.getTicker()}. */
    public String member() {
        return declaringType.getSimpleName() + "." + element.getSimpleName() + (isProperty() ? "()" : "");
    }
}
