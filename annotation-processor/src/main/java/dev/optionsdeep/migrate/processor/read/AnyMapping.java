package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Hibernate's {@code @Any} on an attribute (a reference to an entity of any type), read once with its defaults:
 * the discriminator column ({@code @Column}, typed by {@code @AnyDiscriminator}) and the key column
 * ({@code @JoinColumn}, typed by {@code @AnyKeyJavaClass}).
 */
public final class AnyMapping extends AnnotationIndex {

    /** The annotations that type the key otherwise than {@code @AnyKeyJavaClass}, which Migrate does not follow. */
    private static final List<String> OTHER_KEY_TYPES = List.of("AnyKeyJavaType", "AnyKeyJdbcType",
            "AnyKeyJdbcTypeCode", "AnyDiscriminatorImplicitValues");

    /**
     * @param optional          {@code @Any(optional)}: false makes the key column not null
     * @param discriminatorType {@code @AnyDiscriminator}'s {@code STRING}, {@code CHAR} or {@code INTEGER}
     * @param discriminatorName {@code @Column(name)}, empty when not written
     * @param keyName           {@code @JoinColumn(name)}, empty when not written; null without {@code @JoinColumn}
     * @param keyType           the qualified name of {@code @AnyKeyJavaClass}, empty when absent
     * @param refused           what Migrate does not follow here: an attribute of {@code @Column} or
     *                          {@code @JoinColumn} other than {@code name}, another key typing annotation
     */
    public record Any(AnnotationMirror mirror, boolean optional, String discriminatorType, String discriminatorName,
                      AnnotationMirror discriminatorAt, String keyName, AnnotationMirror keyAt, String keyType,
                      List<String> refused) {
    }

    private AnyMapping(Element element, Elements elements) {
        super(element, elements);
    }

    /**
     * Whether the attribute has Hibernate's {@code @Any}: asked of every attribute, so one walk over its annotations,
     * not an index of them made for this question.
     */
    public static boolean isAny(Element element) {
        return JpaAnnotations.hibernate(element, "Any").isPresent();
    }

    public static AnyMapping of(Element element, Elements elements) {
        return new AnyMapping(element, elements);
    }

    /** {@code @Any}, resolved; empty when the attribute has none. */
    public Optional<Any> any() {
        return hibernateOne("Any").map(any -> {
            List<String> refused = new ArrayList<>();
            Optional<Attributes> column = jpa(JpaAnnotations.COLUMN);
            Optional<Attributes> join = jpa("JoinColumn");
            column.ifPresent(c -> refused.addAll(writtenBesidesName("@Column", c.mirror())));
            join.ifPresent(j -> refused.addAll(writtenBesidesName("@JoinColumn", j.mirror())));
            OTHER_KEY_TYPES.stream().filter(hibernate::containsKey).forEach(t -> refused.add("@" + t));
            String type = hibernateOne("AnyDiscriminator").map(d -> d.enumConstant("value", "STRING")).orElse("STRING");
            String keyType = hibernateOne("AnyKeyJavaClass")
                    .map(k -> k.value("value") != null && k.value("value").getValue() instanceof TypeMirror t
                            ? t.toString() : "").orElse("");
            return new Any(any.mirror(), any.bool("optional", true), type,
                    column.map(c -> c.string("name")).orElse(""), column.map(Attributes::mirror).orElse(null),
                    join.map(j -> j.string("name")).orElse(null), join.map(Attributes::mirror).orElse(null), keyType,
                    refused);
        });
    }

    /**
     * Hibernate's {@code @ManyToAny}, resolved as {@link #any()} reads {@code @Any}: the discriminator column of its
     * join table from {@code @Column} and {@code @AnyDiscriminator}, its key column from the one
     * {@code inverseJoinColumns} of {@code @JoinTable} (null without {@code @JoinTable}) and {@code @AnyKeyJavaClass};
     * {@code optional} is true (the key column is not null whatever it says). Empty when the attribute has none.
     */
    public Optional<Any> manyToAny() {
        return hibernateOne("ManyToAny").map(manyToAny -> {
            List<String> refused = new ArrayList<>();
            Optional<Attributes> column = jpa(JpaAnnotations.COLUMN);
            column.ifPresent(c -> refused.addAll(writtenBesidesName("@Column", c.mirror())));
            OTHER_KEY_TYPES.stream().filter(hibernate::containsKey).forEach(t -> refused.add("@" + t));
            Optional<Attributes> table = jpa("JoinTable");
            List<Attributes> inverse = table.map(t -> t.list("inverseJoinColumns").stream().map(t::nested).toList())
                    .orElse(List.of());
            if (inverse.size() > 1) {
                refused.add("more than one of @JoinTable(inverseJoinColumns)");
            }
            inverse.forEach(j -> refused.addAll(writtenBesidesName("@JoinTable(inverseJoinColumns = @JoinColumn",
                    j.mirror()).stream().map(r -> r + ")").toList()));
            String type = hibernateOne("AnyDiscriminator").map(d -> d.enumConstant("value", "STRING")).orElse("STRING");
            String keyType = hibernateOne("AnyKeyJavaClass")
                    .map(k -> k.value("value") != null && k.value("value").getValue() instanceof TypeMirror t
                            ? t.toString() : "").orElse("");
            return new Any(manyToAny.mirror(), true, type, column.map(c -> c.string("name")).orElse(""),
                    column.map(Attributes::mirror).orElse(null),
                    table.isEmpty() ? null : inverse.isEmpty() ? "" : inverse.get(0).string("name"),
                    inverse.isEmpty() ? table.map(Attributes::mirror).orElse(null) : inverse.get(0).mirror(), keyType,
                    refused);
        });
    }

    private static List<String> writtenBesidesName(String annotation, AnnotationMirror mirror) {
        List<String> out = new ArrayList<>();
        for (ExecutableElement written : mirror.getElementValues().keySet()) {
            if (!written.getSimpleName().contentEquals("name")) {
                out.add(annotation + "(" + written.getSimpleName() + ")");
            }
        }
        return out;
    }
}
