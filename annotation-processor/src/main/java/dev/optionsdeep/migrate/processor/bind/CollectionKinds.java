package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What kind of collection a to-many attribute or element collection is ({@link CollectionKind}), which
 * decides its table's key, and whether its {@code @MapKey*} and {@code @OrderColumn} fit its type.
 */
final class CollectionKinds {

    private final Elements elements;
    private final Types types;

    CollectionKinds(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** Whether the collection is a set or a bag; null after reporting one Migrate cannot map. */
    CollectionKind of(Association a, String where, Report report) {
        Element element = a.attribute().element();
        boolean elements = a.kind() == Association.Kind.ELEMENT_COLLECTION;
        TypeMirror type = types.erasure(a.attribute().type());
        boolean map = isA(type, "java.util.Map");
        Mapping mapping = Mapping.of(element, this.elements);
        Optional<Map.Entry<String, AnnotationMirror>> keyOnly = mapping.mapKeyAnnotation();
        if (keyOnly.isPresent() && !map) {
            report.error(Code.INVALID_RELATIONSHIP, "@" + keyOnly.get().getKey() + " on " + where + " describes the keys"
                    + " of a Map, and " + a.attribute().type() + " is none, so Hibernate refuses it (\"is annotated '@"
                    + keyOnly.get().getKey() + "' but is not of type 'java.util.Map'\"). Declare a Map, or remove it",
                    element, keyOnly.get().getValue());
            return null;
        }
        if (map) {
            return CollectionKind.MAP;
        }
        Optional<AnnotationMirror> order = mapping.orderColumn().map(Mapping.OrderColumn::mirror);
        if (order.isPresent() && !isA(type, "java.util.List")) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@OrderColumn on " + where + " is not supported by Migrate:"
                    + " it keeps the position of the elements of a List, and " + a.attribute().type() + " is none."
                    + " Declare a List, or remove @OrderColumn", element, order.get());
            return null;
        }
        if (isA(type, "java.util.Set")) {
            return CollectionKind.SET;
        }
        if (order.isPresent()) {
            return CollectionKind.LIST;
        }
        if (isA(type, "java.util.Collection")) {
            return CollectionKind.BAG;
        }
        report.error(Code.INVALID_RELATIONSHIP, where + " is @" + a.kind().annotation() + " but its type " + a.attribute()
                .type() + " is no collection. Declare it as a Set<…> or a List<…> of the entity", element, a.annotation());
        return null;
    }

    boolean isA(TypeMirror erased, String collection) {
        TypeElement type = elements.getTypeElement(collection);
        return type != null && types.isAssignable(erased, types.erasure(type.asType()));
    }
}
