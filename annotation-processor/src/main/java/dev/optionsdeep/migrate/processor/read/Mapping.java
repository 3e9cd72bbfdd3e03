package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
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
public final class Mapping extends AnnotationIndex implements MappingValues {

    private static final List<String> TIMESTAMP_GENERATORS = List.of("CreationTimestamp", "UpdateTimestamp",
            "CurrentTimestamp");

    /** What describes the keys of a {@code Map} collection. */
    public static final List<String> MAP_KEY_ANNOTATIONS = List.of("MapKey", "MapKeyColumn", "MapKeyJoinColumn",
            "MapKeyJoinColumns", "MapKeyClass", "MapKeyEnumerated", "MapKeyTemporal");

    private static final List<String> RELATIONSHIPS = java.util.Arrays.stream(Association.Kind.values())
            .map(Association.Kind::annotation).toList();

    private Mapping(Element element, Elements elements) {
        super(element, elements);
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

    public Optional<GeneratedValue> generatedValue() {
        return jpa(JpaAnnotations.GENERATED_VALUE).map(g -> new GeneratedValue(g.enumConstant("strategy", "AUTO"),
                g.string("generator"), g.mirror(), g.explicitValue("strategy"), g.explicitValue("generator")));
    }

    /** The {@code @SequenceGenerator}s declared here, also those javac wrapped in {@code @SequenceGenerators}. */
    public List<SequenceGenerator> sequenceGenerators() {
        return repeated("SequenceGenerator", "SequenceGenerators").stream().map(SequenceGenerator::of).toList();
    }

    /** Whether a {@code @TableGenerator} is declared here (alone or repeated). */
    public boolean declaresTableGenerator() {
        return jpa.containsKey("TableGenerator") || jpa.containsKey("TableGenerators");
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

    public Optional<OrderColumn> orderColumn() {
        return jpa("OrderColumn").map(OrderColumn::of);
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

    public Optional<DiscriminatorColumn> discriminatorColumn() {
        return jpa(JpaAnnotations.DISCRIMINATOR_COLUMN).map(DiscriminatorColumn::of);
    }

    /** Whether the class has {@code @DiscriminatorColumn}. */
    public boolean hasDiscriminatorColumn() {
        return jpa.containsKey(JpaAnnotations.DISCRIMINATOR_COLUMN);
    }

    /** {@code @Inheritance}'s annotation, if written here. */
    public Optional<AnnotationMirror> inheritance() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.INHERITANCE));
    }

    /** {@code @Inheritance}'s strategy ({@code SINGLE_TABLE} when not written), if the annotation is here. */
    public Optional<String> inheritanceStrategy() {
        return jpa(JpaAnnotations.INHERITANCE).map(i -> i.enumConstant("strategy", "SINGLE_TABLE"));
    }

    /**
     * The {@code targetEntity} written on the attribute's relationship annotation (the first of
     * {@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany}, {@code @ManyToMany}, as {@link Association} reads
     * them), or null.
     */
    public AnnotationValue targetEntity() {
        return RELATIONSHIPS.stream().map(jpa::get).filter(java.util.Objects::nonNull).findFirst().map(m -> written(m, "targetEntity"))
                .orElse(null);
    }

    /** {@code @ManyToMany(mappedBy)}, if the attribute is a {@code @ManyToMany} ({@code ""} for the owning side). */
    public Optional<String> manyToManyMappedBy() {
        return jpa("ManyToMany").map(m -> m.string("mappedBy"));
    }

    /** {@code @Table}'s annotation, if written here. */
    public Optional<AnnotationMirror> tableAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.TABLE));
    }

    /** {@code @Column}'s annotation, if written here. */
    public Optional<AnnotationMirror> columnAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.COLUMN));
    }

    /** {@code @Basic}'s annotation, if written here. */
    public Optional<AnnotationMirror> basicAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.BASIC));
    }

    /** {@code @Embeddable} on a class. */
    public boolean embeddable() {
        return jpa.containsKey(JpaAnnotations.EMBEDDABLE);
    }

    /** {@code @Embedded} on an attribute. */
    public boolean embedded() {
        return jpa.containsKey(JpaAnnotations.EMBEDDED);
    }

    /** Hibernate's {@code @Check}s, also those javac wrapped in {@code @Checks}, in source order. */
    public List<AnnotationMirror> hibernateChecks() {
        List<AnnotationMirror> out = new ArrayList<>();
        for (Map.Entry<String, List<AnnotationMirror>> e : hibernate.entrySet()) {
            if (e.getKey().equals("Check")) {
                out.addAll(e.getValue());
            } else if (e.getKey().equals("Checks")) {
                e.getValue().forEach(c -> resolved(c).list("value").forEach(v -> out.add((AnnotationMirror) v.getValue())));
            }
        }
        return out;
    }

    /** The {@code @AssociationOverride}s here (also repeated): each one's {@code name}, stripped, with its annotation. */
    public List<Text> associationOverrides() {
        return repeated("AssociationOverride", "AssociationOverrides").stream()
                .map(o -> new Text(o.string("name").strip(), o.mirror(), o.explicitValue("name"))).toList();
    }

    /** {@code @Entity}, resolved (this and the accessors giving {@link Attributes} hand nested annotations over). */
    public Optional<Attributes> entityValues() {
        return jpa(JpaAnnotations.ENTITY);
    }

    /**
     * The attribute's relationship annotation, resolved: the first of {@code @ManyToOne}, {@code @OneToOne},
     * {@code @OneToMany}, {@code @ManyToMany}, {@code @ElementCollection}, as {@link Association} reads them.
     */
    public Optional<Attributes> relationship() {
        return RELATIONSHIPS.stream().filter(jpa::containsKey).findFirst().flatMap(this::jpa);
    }

    /** {@code @Table}, resolved. */
    public Optional<Attributes> table() {
        return jpa(JpaAnnotations.TABLE);
    }

    /** {@code @JoinTable}, resolved. */
    public Optional<Attributes> joinTable() {
        return jpa("JoinTable");
    }

    /** {@code @CollectionTable}, resolved. */
    public Optional<Attributes> collectionTable() {
        return jpa("CollectionTable");
    }

    /** The {@code @PrimaryKeyJoinColumn}s of a JOINED subclass (also repeated), resolved, in source order. */
    public List<Attributes> primaryKeyJoinColumns() {
        return repeated("PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns");
    }

    /** The {@code @SecondaryTable}s of an entity (also repeated), resolved, in source order. */
    public List<Attributes> secondaryTables() {
        return repeated("SecondaryTable", "SecondaryTables");
    }

    /** The {@code @TableGenerator}s declared here (also repeated), resolved, in source order. */
    public List<Attributes> tableGenerators() {
        return repeated("TableGenerator", "TableGenerators");
    }

    /** Hibernate's {@code @GenericGenerator}s declared here, also those wrapped in {@code @GenericGenerators}. */
    public List<Attributes> genericGenerators() {
        List<Attributes> out = new ArrayList<>();
        for (Map.Entry<String, List<AnnotationMirror>> e : hibernate.entrySet()) {
            if (e.getKey().equals("GenericGenerator")) {
                e.getValue().forEach(g -> out.add(resolved(g)));
            } else if (e.getKey().equals("GenericGenerators")) {
                e.getValue().forEach(c -> resolved(c).list("value").forEach(v -> out.add(resolved(c).nested(v))));
            }
        }
        return out;
    }

    /** Hibernate's {@code @NaturalId}. */
    public boolean naturalId() {
        return hibernate.containsKey("NaturalId");
    }

    /** {@code @Id}'s annotation, if written here. */
    public Optional<AnnotationMirror> idAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.ID));
    }

    /** Hibernate's {@code @Subselect}: the entity is read from a query, with no table. */
    public boolean subselect() {
        return hibernate.containsKey("Subselect");
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
}
