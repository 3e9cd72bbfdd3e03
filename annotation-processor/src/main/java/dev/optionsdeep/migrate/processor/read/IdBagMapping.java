package dev.optionsdeep.migrate.processor.read;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Hibernate's {@code @CollectionId} on a collection attribute (an "id bag"), read once with its defaults: the
 * surrogate key column its join or collection table gets, the generator that fills it, and its Java type.
 */
public final class IdBagMapping extends AnnotationIndex {

    /** The annotations that give the id another type than {@code @CollectionIdJavaClass} does. */
    private static final List<String> OTHER_TYPES = List.of("CollectionIdJavaType", "CollectionIdJdbcType",
            "CollectionIdJdbcTypeCode", "CollectionIdType");

    /**
     * Hibernate's own descriptors that {@code @CollectionIdJavaType} names for the id types Migrate maps, by the Java
     * class each describes: Hibernate 6 has no {@code @CollectionIdJavaClass} (it came with 7.0), so a 6.x model such
     * as DSpace's says {@code @CollectionIdJavaType(IntegerJavaType.class)}; 6.6, 7.2 and 7.4 export the same column
     * for either (parity model {@code idbagtypes}).
     */
    private static final java.util.Map<String, String> JAVA_TYPES = java.util.Map.of(
            "org.hibernate.type.descriptor.java.LongJavaType", "java.lang.Long",
            "org.hibernate.type.descriptor.java.IntegerJavaType", "java.lang.Integer",
            "org.hibernate.type.descriptor.java.ShortJavaType", "java.lang.Short");

    /**
     * @param column     {@code @CollectionId(column = @Column(name))} as written; empty when not named
     * @param columnAt   that {@code @Column}, where a problem with the name points
     * @param generator  {@code generator} as written (a generator's name or a Hibernate short name); may be empty
     * @param generatorClass the qualified name of {@code generatorImplementation}, empty when not written
     * @param idType     the qualified name of {@code @CollectionIdJavaClass(idType)}, else of the class a
     *                   {@code @CollectionIdJavaType} of Hibernate's own describes; empty when neither
     * @param otherType  the simple name of another annotation giving the id's type, empty when none
     */
    public record CollectionId(String column, AnnotationMirror columnAt, String generator, String generatorClass,
                               String idType, String otherType, AnnotationMirror mirror, AnnotationValue generatorValue) {
    }

    private IdBagMapping(Element element, Elements elements) {
        super(element, elements);
    }

    public static IdBagMapping of(Element element, Elements elements) {
        return new IdBagMapping(element, elements);
    }

    /** {@code @CollectionId}, resolved; empty when the attribute has none. */
    public Optional<CollectionId> collectionId() {
        return hibernateOne("CollectionId").map(c -> {
            Attributes column = c.nested("column");
            AnnotationValue implementation = c.explicitValue("generatorImplementation");
            String idType = hibernateOne("CollectionIdJavaClass").map(j -> typeName(j.value("idType"))).orElse("");
            String described = idType.isEmpty() ? described() : "";
            String other = OTHER_TYPES.stream().filter(hibernate::containsKey)
                    .filter(name -> described.isEmpty() || !name.equals("CollectionIdJavaType")).findFirst().orElse("");
            return new CollectionId(column.string("name"), column.mirror(), c.string("generator"),
                    implementation == null ? "" : typeName(implementation), described.isEmpty() ? idType : described,
                    other, c.mirror(), c.explicitValue("generator"));
        });
    }

    /** The Java class a {@code @CollectionIdJavaType} of Hibernate's own describes; empty for another or none. */
    private String described() {
        return hibernateOne("CollectionIdJavaType").map(j -> JAVA_TYPES.getOrDefault(typeName(j.value("value")), ""))
                .orElse("");
    }

    private static String typeName(AnnotationValue value) {
        return value != null && value.getValue() instanceof TypeMirror type ? type.toString() : "";
    }
}
