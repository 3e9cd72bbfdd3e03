package dev.optionsdeep.migrate.processor.read;

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
 * of looking annotations up. The accessors for a class are in
 * {@link EntityAnnotations}, those for relationships and collections in {@link AssociationAnnotations}, the
 * column's own here. Each accessor answers one concern; an annotation keeps its mirror and written
 * values only so that a problem can point at it.
 */
public final class Mapping extends AssociationAnnotations implements MappingValues {

    private static final List<String> TIMESTAMP_GENERATORS = List.of("CreationTimestamp", "UpdateTimestamp",
            "CurrentTimestamp");

    /** What describes the keys of a {@code Map} collection. */
    public static final List<String> MAP_KEY_ANNOTATIONS = MAP_KEYS;

    /** Hibernate's user types, which describe a column themselves. */
    private static final List<String> USER_TYPES = List.of("Type", "JavaType", "JdbcType");

    /** The annotations whose {@code optional = false} makes a column not null. */
    private static final List<String> OPTIONAL_ANNOTATIONS = List.of(JpaAnnotations.BASIC, "ManyToOne", "OneToOne");

    private Mapping(Element element, Elements elements) {
        super(element, elements);
    }

    /** The mapping annotations on {@code element}, read once, their values resolved with defaults. */
    public static Mapping of(Element element, Elements elements) {
        return ReadCache.mapping(element, elements, Mapping::new);
    }

    /**
     * The mapping annotations on {@code element} where only their presence and the values written in the
     * source matter (as for {@link #lob}, {@link #temporal}, {@link #enumeratedByName}, {@link #notFound});
     * an accessor that resolves defaults needs {@link #of}.
     */
    public static Mapping written(Element element) {
        return ReadCache.mapping(element, null, Mapping::new);
    }

    /** {@code @Basic(optional = false)}. */
    public boolean requiredByBasic() {
        AnnotationMirror basic = jpa.get(JpaAnnotations.BASIC);
        return basic != null && !resolved(basic).bool("optional", true);
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
        for (String generator : TIMESTAMP_GENERATORS) { // asked of every column: loops, not streams, in a cold compiler
            if (hibernate.containsKey(generator)) {
                return true;
            }
        }
        return false;
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
        return first(hibernate.get("JdbcTypeCode"));
    }

    public Optional<AnnotationMirror> lob() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.LOB));
    }

    /**
     * The {@code TemporalType} of {@code @Temporal} (or {@code @MapKeyTemporal} for a map's key), if written;
     * the annotation's value has no default, so it is always written out.
     */
    public Optional<String> temporal(boolean mapKey) {
        AnnotationMirror temporal = jpa.get(mapKey ? "MapKeyTemporal" : JpaAnnotations.TEMPORAL);
        AnnotationValue value = temporal == null ? null : written(temporal, "value");
        return value == null ? Optional.empty() : Optional.of(((VariableElement) value.getValue()).getSimpleName().toString());
    }

    public Optional<AnnotationMirror> temporalAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.TEMPORAL));
    }

    /** {@code @Column}'s annotation, if written here. */
    public Optional<AnnotationMirror> columnAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.COLUMN));
    }

    /** {@code @Basic}'s annotation, if written here. */
    public Optional<AnnotationMirror> basicAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.BASIC));
    }

    /** {@code @Embedded} on an attribute. */
    public boolean embedded() {
        return jpa.containsKey(JpaAnnotations.EMBEDDED);
    }

    /** Hibernate's {@code @NaturalId}. */
    public boolean naturalId() {
        return hibernate.containsKey("NaturalId");
    }

    /** {@code @Id}'s annotation, if written here. */
    public Optional<AnnotationMirror> idAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.ID));
    }

    /** {@code optional = false} written on the attribute's {@code @Basic}, {@code @ManyToOne} or {@code @OneToOne}. */
    public boolean writtenNotOptional() {
        for (String name : OPTIONAL_ANNOTATIONS) {
            AnnotationMirror m = jpa.get(name);
            AnnotationValue v = m == null ? null : written(m, "optional");
            if (v != null && Boolean.FALSE.equals(v.getValue())) {
                return true;
            }
        }
        return false;
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
        AnnotationMirror enumerated = jpa.get(mapKey ? "MapKeyEnumerated" : JpaAnnotations.ENUMERATED);
        AnnotationValue v = enumerated == null ? null : written(enumerated, "value");
        return v != null && v.getValue() instanceof VariableElement c && c.getSimpleName().contentEquals("STRING");
    }

    /** {@code @Column}, typed. */
    public Optional<ColumnAnnotation> declaredColumn() {
        AnnotationMirror column = jpa.get(JpaAnnotations.COLUMN);
        return column == null ? Optional.empty() : Optional.of(ColumnAnnotation.of(resolved(column)));
    }

    /** {@code @GeneratedValue}'s annotation, if written here. */
    public Optional<AnnotationMirror> generatedValueAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.GENERATED_VALUE));
    }

    /** {@code @Version}'s annotation, if written here. */
    public Optional<AnnotationMirror> versionAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.VERSION));
    }

    /** {@code @Enumerated}'s annotation, if written here. */
    public Optional<AnnotationMirror> enumeratedAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.ENUMERATED));
    }

    /** The first of Hibernate's {@code @Type}, {@code @JavaType}, {@code @JdbcType} written here. */
    public Optional<AnnotationMirror> userType() {
        for (String type : USER_TYPES) { // asked of every column: a loop costs a cold compiler less than a stream
            List<AnnotationMirror> written = hibernate.get(type);
            if (written != null && !written.isEmpty()) {
                return Optional.of(written.get(0));
            }
        }
        return Optional.empty();
    }
}
