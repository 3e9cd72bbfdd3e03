package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The mapping annotations of one element (an attribute's field or getter, an entity class), read from the
 * compiler in one pass and resolved with their defaults, so that the bind stage takes typed values instead
 * of looking annotations up. Each accessor answers one concern; an annotation keeps its mirror and written
 * values only so that a problem can point at it.
 */
public final class Mapping {

    private static final List<String> TIMESTAMP_GENERATORS = List.of("CreationTimestamp", "UpdateTimestamp",
            "CurrentTimestamp");

    /** What describes the keys of a {@code Map} collection. */
    public static final List<String> MAP_KEY_ANNOTATIONS = List.of("MapKey", "MapKeyColumn", "MapKeyJoinColumn",
            "MapKeyJoinColumns", "MapKeyClass", "MapKeyEnumerated", "MapKeyTemporal");

    private final Map<String, AnnotationMirror> jpa = new LinkedHashMap<>();
    private final Map<String, List<AnnotationMirror>> hibernate = new LinkedHashMap<>();
    private final Elements elements;

    private Mapping(Element element, Elements elements) {
        this.elements = elements;
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (JpaAnnotations.isJpa(mirror)) {
                jpa.put(JpaAnnotations.simpleName(mirror), mirror);
            } else if (JpaAnnotations.isHibernate(mirror)) {
                hibernate.computeIfAbsent(JpaAnnotations.simpleName(mirror), k -> new ArrayList<>()).add(mirror);
            }
        }
    }

    /** The mapping annotations on {@code element}, read once, their values resolved with defaults. */
    public static Mapping of(Element element, Elements elements) {
        return new Mapping(element, elements);
    }

    /**
     * The mapping annotations on {@code element} where only values written in the source matter (those of
     * {@link #lob}, {@link #temporal}, {@link #enumeratedByName} and {@link #enumeratedValue}).
     */
    public static Mapping written(Element element) {
        return new Mapping(element, null);
    }

    /** A resolved annotation value with where it was written: the annotation, and the value if written. */
    public record Text(String value, AnnotationMirror mirror, AnnotationValue written) {
    }

    /**
     * {@code @GeneratedValue}: its strategy ({@code AUTO} when not written) and generator name.
     *
     * @param strategyValue the strategy as written, or null
     */
    public record GeneratedValue(String strategy, String generator, AnnotationMirror mirror,
                                 AnnotationValue strategyValue, AnnotationValue generatorValue) {
    }

    /**
     * A {@code @SequenceGenerator} (one of several when repeated): its values with their defaults, the
     * attributes Migrate refuses ({@code schema}, {@code catalog}, {@code options}) when written, and the
     * values as written, for diagnostics.
     */
    public record SequenceGenerator(String name, String sequenceName, int initialValue, int allocationSize,
                                    Map<String, String> refused, AnnotationMirror mirror,
                                    Map<String, AnnotationValue> written) {
    }

    /** {@code @SoftDelete}: its strategy, the column name as written (may be empty) and the converter if written. */
    public record SoftDelete(String strategy, String columnName, AnnotationMirror mirror, AnnotationValue columnNameValue,
                             AnnotationValue converterValue) {
    }

    public Optional<GeneratedValue> generatedValue() {
        return jpa(JpaAnnotations.GENERATED_VALUE).map(g -> new GeneratedValue(g.enumConstant("strategy", "AUTO"),
                g.string("generator"), g.mirror(), g.explicitValue("strategy"), g.explicitValue("generator")));
    }

    /** The {@code @SequenceGenerator}s declared here, also those javac wrapped in {@code @SequenceGenerators}. */
    public List<SequenceGenerator> sequenceGenerators() {
        return repeated("SequenceGenerator", "SequenceGenerators").stream().map(Mapping::sequenceGenerator).toList();
    }

    private static SequenceGenerator sequenceGenerator(Attributes s) {
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, AnnotationValue> written = new LinkedHashMap<>();
        for (String attribute : List.of("schema", "catalog", "options")) {
            if (!s.string(attribute).isEmpty()) {
                refused.put(attribute, s.string(attribute));
            }
        }
        for (String attribute : List.of("schema", "catalog", "options", "sequenceName", "allocationSize")) {
            written.put(attribute, s.explicitValue(attribute));
        }
        return new SequenceGenerator(s.string("name"), s.string("sequenceName"), s.integer("initialValue", 1),
                s.integer("allocationSize", 50), refused, s.mirror(), written);
    }

    /** Whether a {@code @TableGenerator} is declared here (alone or repeated). */
    public boolean declaresTableGenerator() {
        return jpa.containsKey("TableGenerator") || jpa.containsKey("TableGenerators");
    }

    private List<Attributes> repeated(String simpleName, String container) {
        List<Attributes> out = new ArrayList<>();
        jpa(simpleName).ifPresent(out::add);
        jpa(container).ifPresent(c -> c.list("value").forEach(v -> out.add(resolved((AnnotationMirror) v.getValue()))));
        return out;
    }

    /** {@code @Basic(optional = false)}. */
    public boolean requiredByBasic() {
        return jpa(JpaAnnotations.BASIC).map(b -> !b.bool("optional", true)).orElse(false);
    }

    public boolean version() {
        return jpa.containsKey(JpaAnnotations.VERSION);
    }

    public boolean id() {
        return jpa.containsKey(JpaAnnotations.ID);
    }

    public boolean embeddedId() {
        return jpa.containsKey("EmbeddedId");
    }

    /** {@code @CreationTimestamp}, {@code @UpdateTimestamp} or {@code @CurrentTimestamp}: filled with the current time. */
    public boolean generatedTimestamp() {
        return TIMESTAMP_GENERATORS.stream().anyMatch(hibernate::containsKey);
    }

    /** Hibernate's {@code @TenantId}. */
    public boolean tenantId() {
        return hibernate.containsKey("TenantId");
    }

    /** Hibernate's {@code @Comment}. */
    public Optional<Text> comment() {
        return hibernateText("Comment");
    }

    /** Hibernate's {@code @ColumnDefault}. */
    public Optional<Text> columnDefault() {
        return hibernateText("ColumnDefault");
    }

    /** Hibernate's {@code @JdbcTypeCode}: the code written, if any. */
    public Optional<AnnotationMirror> jdbcTypeCode() {
        return hibernate.getOrDefault("JdbcTypeCode", List.of()).stream().findFirst();
    }

    public Optional<AnnotationMirror> lob() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.LOB));
    }

    /**
     * The {@code TemporalType} of {@code @Temporal} (or {@code @MapKeyTemporal} for a map's key), if written;
     * the annotation's value has no default, so it is always written out.
     */
    public Optional<String> temporal(boolean mapKey) {
        return Optional.ofNullable(jpa.get(mapKey ? "MapKeyTemporal" : JpaAnnotations.TEMPORAL))
                .map(t -> written(t, "value")).map(v -> ((VariableElement) v.getValue()).getSimpleName().toString());
    }

    public Optional<AnnotationMirror> temporalAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.TEMPORAL));
    }

    public Optional<SoftDelete> softDelete() {
        return hibernateOne("SoftDelete").map(s -> new SoftDelete(s.enumConstant("strategy", "DELETED"),
                s.string("columnName"), s.mirror(), s.explicitValue("columnName"), s.explicitValue("converter")));
    }

    /**
     * {@code @OrderColumn}: the name as written (may be empty), whether nullable, and the attributes Migrate
     * refuses ({@code columnDefinition}, {@code options}) with where they were written.
     */
    public record OrderColumn(String name, boolean nullable, Map<String, String> refused, AnnotationMirror mirror,
                              Map<String, AnnotationValue> refusedValues) {
    }

    public Optional<OrderColumn> orderColumn() {
        return jpa("OrderColumn").map(o -> {
            Map<String, String> refused = new LinkedHashMap<>();
            Map<String, AnnotationValue> values = new LinkedHashMap<>();
            for (String attribute : List.of("columnDefinition", "options")) {
                if (!o.string(attribute).isEmpty()) {
                    refused.put(attribute, o.string(attribute));
                    values.put(attribute, o.explicitValue(attribute));
                }
            }
            return new OrderColumn(o.string("name"), o.bool("nullable", true), refused, o.mirror(), values);
        });
    }

    public boolean hasOrderColumn() {
        return jpa.containsKey("OrderColumn");
    }

    /** Hibernate's {@code @ListIndexBase}: a list's first index, else 0. */
    public int listIndexBase() {
        return hibernate.getOrDefault("ListIndexBase", List.of()).stream().map(m -> written(m, "value"))
                .filter(java.util.Objects::nonNull).map(v -> (Integer) v.getValue()).findFirst().orElse(0);
    }

    /** {@code @MapsId}: the attribute of the key it names (stripped; empty for the whole key), with the annotation. */
    public Optional<Text> mapsId() {
        return jpa("MapsId").map(m -> new Text(m.string("value").strip(), m.mirror(), m.explicitValue("value")));
    }

    /** {@code @Entity}'s annotation, if the class is one. */
    public Optional<AnnotationMirror> entity() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.ENTITY));
    }

    /** {@code @Entity(name)} as written, else empty. */
    public String entityName() {
        return entity().map(e -> written(e, "name")).map(v -> (String) v.getValue()).orElse("");
    }

    /** {@code @DiscriminatorValue}'s value, if the class has one. */
    public Optional<Text> discriminatorValue() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.DISCRIMINATOR_VALUE))
                .map(m -> new Text((String) written(m, "value").getValue(), m, written(m, "value")));
    }

    /** {@code optional = false} written on the attribute's {@code @Basic}, {@code @ManyToOne} or {@code @OneToOne}. */
    public boolean writtenNotOptional() {
        return java.util.stream.Stream.of(JpaAnnotations.BASIC, "ManyToOne", "OneToOne").map(jpa::get)
                .filter(java.util.Objects::nonNull).map(m -> written(m, "optional"))
                .anyMatch(v -> v != null && Boolean.FALSE.equals(v.getValue()));
    }

    /** An {@code @Entity} or {@code @MappedSuperclass} class. */
    public boolean entityOrMappedSuperclass() {
        return jpa.containsKey(JpaAnnotations.ENTITY) || jpa.containsKey("MappedSuperclass");
    }

    /** {@code @MapKey}: a map keyed by an attribute of its values. */
    public Optional<AnnotationMirror> mapKey() {
        return Optional.ofNullable(jpa.get("MapKey"));
    }

    /** The first annotation present that describes the keys of a {@code Map} ({@link #MAP_KEY_ANNOTATIONS}), by name. */
    public Optional<Map.Entry<String, AnnotationMirror>> mapKeyAnnotation() {
        return MAP_KEY_ANNOTATIONS.stream().filter(jpa::containsKey).map(n -> Map.entry(n, jpa.get(n))).findFirst();
    }

    /** Whether a field of an enum is JPA 3.2's {@code @EnumeratedValue}. */
    public boolean enumeratedValue() {
        return jpa.containsKey("EnumeratedValue");
    }

    /**
     * Whether {@code @Enumerated(EnumType.STRING)} (or {@code @MapKeyEnumerated} for a map's key) stores the
     * constant's name; else its ordinal.
     */
    public boolean enumeratedByName(boolean mapKey) {
        return Optional.ofNullable(jpa.get(mapKey ? "MapKeyEnumerated" : JpaAnnotations.ENUMERATED))
                .map(m -> written(m, "value")).filter(v -> v.getValue() instanceof VariableElement c
                        && c.getSimpleName().contentEquals("STRING")).isPresent();
    }

    private static AnnotationValue written(AnnotationMirror mirror, String name) {
        return mirror.getElementValues().entrySet().stream().filter(e -> e.getKey().getSimpleName().contentEquals(name))
                .map(e -> (AnnotationValue) e.getValue()).findFirst().orElse(null);
    }

    private Optional<Attributes> jpa(String simpleName) {
        return Optional.ofNullable(jpa.get(simpleName)).map(this::resolved);
    }

    private Optional<Attributes> hibernateOne(String simpleName) {
        return hibernate.getOrDefault(simpleName, List.of()).stream().findFirst().map(this::resolved);
    }

    private Attributes resolved(AnnotationMirror mirror) {
        if (elements == null) {
            throw new IllegalStateException("@" + JpaAnnotations.simpleName(mirror) + "'s defaults need Mapping.of");
        }
        return new Attributes(mirror, elements);
    }

    private Optional<Text> hibernateText(String simpleName) {
        return hibernateOne(simpleName).map(a -> new Text(a.string("value"), a.mirror(), a.explicitValue("value")));
    }
}
