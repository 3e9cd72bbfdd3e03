package dev.optionsdeep.migrate.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The part of {@link Mapping} that answers for a relationship or a collection: the relationship annotation,
 * join and collection tables, order columns, map keys, derived identities, association overrides.
 */
abstract class AssociationAnnotations extends EntityAnnotations {

    AssociationAnnotations(Element element, Elements elements) {
        super(element, elements);
    }

    /** What describes the keys of a {@code Map} collection. */
    static final List<String> MAP_KEYS = List.of("MapKey", "MapKeyColumn", "MapKeyJoinColumn",
            "MapKeyJoinColumns", "MapKeyClass", "MapKeyEnumerated", "MapKeyTemporal");

    private static final List<String> RELATIONSHIPS = java.util.Arrays.stream(Association.Kind.values())
            .map(Association.Kind::annotation).toList();

    public Optional<OrderColumn> orderColumn() {
        return jpa("OrderColumn").map(OrderColumn::of);
    }

    public boolean hasOrderColumn() {
        return jpa.containsKey("OrderColumn");
    }

    /** Hibernate's {@code @ListIndexBase}: a list's first index, else 0. */
    public int listIndexBase() {
        for (AnnotationMirror m : hibernate.getOrDefault("ListIndexBase", List.of())) {
            AnnotationValue v = written(m, "value");
            if (v != null) {
                return (Integer) v.getValue();
            }
        }
        return 0;
    }

    /** {@code @MapsId}: the attribute of the key it names (stripped; empty for the whole key), with the annotation. */
    public Optional<Text> mapsId() {
        return jpa("MapsId").map(m -> new Text(m.string("value").strip(), m.mirror(), m.explicitValue("value")));
    }

    /**
     * The {@code targetEntity} written on the attribute's relationship annotation (the first of
     * {@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany}, {@code @ManyToMany}, as {@link Association} reads
     * them), or null.
     */
    public AnnotationValue targetEntity() {
        String relationship = firstPresent(RELATIONSHIPS);
        return relationship == null ? null : written(jpa.get(relationship), "targetEntity");
    }

    /** {@code @ManyToMany(mappedBy)}, if the attribute is a {@code @ManyToMany} ({@code ""} for the owning side). */
    public Optional<String> manyToManyMappedBy() {
        return jpa("ManyToMany").map(m -> m.string("mappedBy"));
    }

    /** The {@code @AssociationOverride}s here (also repeated): each one's {@code name}, stripped, with its annotation. */
    public List<Text> associationOverrides() {
        return repeated("AssociationOverride", "AssociationOverrides").stream()
                .map(o -> new Text(o.string("name").strip(), o.mirror(), o.explicitValue("name"))).toList();
    }

    /**
     * The attribute's relationship annotation, resolved: the first of {@code @ManyToOne}, {@code @OneToOne},
     * {@code @OneToMany}, {@code @ManyToMany}, {@code @ElementCollection}, as {@link Association} reads them.
     */
    private Optional<Attributes> relationship() {
        String relationship = firstPresent(RELATIONSHIPS);
        return relationship == null ? Optional.empty() : Optional.of(resolved(jpa.get(relationship)));
    }

    /** The first of {@code names} written here, or null; asked of every attribute, so a loop, not a stream. */
    private String firstPresent(List<String> names) {
        for (String name : names) {
            if (jpa.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The table annotation of a {@code @OneToMany} or {@code @ManyToMany} join table, typed: {@code @CollectionTable},
     * which Hibernate 7.4 takes as the join table when written (its name, schema, join columns, foreign key, unique
     * constraints and indexes; checked with its export), else {@code @JoinTable}.
     */
    public Optional<TableValues.TableAnnotation> declaredRelationshipTable() {
        return declaredCollectionTable().or(this::declaredJoinTable);
    }

    /** {@code @MapKey}: a map keyed by an attribute of its values. */
    public Optional<AnnotationMirror> mapKey() {
        return Optional.ofNullable(jpa.get("MapKey"));
    }

    /** The first annotation present that describes the keys of a {@code Map} ({@link #MAP_KEYS}), by name. */
    public Optional<Map.Entry<String, AnnotationMirror>> mapKeyAnnotation() {
        String name = firstPresent(MAP_KEYS);
        return name == null ? Optional.empty() : Optional.of(Map.entry(name, jpa.get(name)));
    }

    /** Hibernate's {@code @NotFound}, whichever its action. */
    public Optional<AnnotationMirror> notFound() {
        return first(hibernate.get("NotFound"));
    }

    /** Hibernate's {@code @OnDelete}: its action ({@code NO_ACTION} when not written), if the annotation is here. */
    public Optional<String> onDeleteAction() {
        return hibernateOne("OnDelete").map(o -> o.enumConstant("action", "NO_ACTION"));
    }

    /** Whether {@code @ManyToOne} or {@code @OneToOne} is written here. */
    public boolean toOne() {
        return jpa.containsKey("ManyToOne") || jpa.containsKey("OneToOne");
    }

    /** Whether {@code @JoinColumn} or {@code @JoinColumns} is written here. */
    public boolean hasJoinColumns() {
        return jpa.containsKey("JoinColumn") || jpa.containsKey("JoinColumns");
    }

    /** {@code @MapKeyJoinColumns}' annotation, if written here. */
    public Optional<AnnotationMirror> mapKeyJoinColumns() {
        return Optional.ofNullable(jpa.get("MapKeyJoinColumns"));
    }

    /** {@code @MapKeyClass(value)}, if written. */
    public Optional<TypeMirror> mapKeyClass() {
        return Optional.ofNullable(jpa.get("MapKeyClass")).map(m -> written(m, "value")).map(v -> (TypeMirror) v.getValue());
    }

    /** The attribute's relationship annotation ({@link #relationship}), typed. */
    public Optional<MappingValues.RelationshipAnnotation> declaredRelationship() {
        return relationship().map(MappingValues.RelationshipAnnotation::of);
    }

    /** {@code @JoinTable}, typed. */
    public Optional<TableValues.TableAnnotation> declaredJoinTable() {
        return jpa("JoinTable").map(TableValues.TableAnnotation::of);
    }

    /** {@code @CollectionTable}, typed. */
    public Optional<TableValues.TableAnnotation> declaredCollectionTable() {
        return jpa("CollectionTable").map(TableValues.TableAnnotation::of);
    }

    /** {@code @MapKeyJoinColumn}, typed. */
    public Optional<TableValues.JoinColumnAnnotation> declaredMapKeyJoinColumn() {
        return jpa("MapKeyJoinColumn").map(j -> TableValues.JoinColumnAnnotation.of(j, null));
    }

    /** {@code @MapKeyColumn}, typed. */
    public Optional<MappingValues.ColumnAnnotation> declaredMapKeyColumn() {
        return jpa("MapKeyColumn").map(MappingValues.ColumnAnnotation::of);
    }

    /** The {@code @JoinColumn}s here (also repeated in {@code @JoinColumns}), typed, in source order. */
    public List<TableValues.JoinColumnAnnotation> declaredJoinColumns() {
        return repeated("JoinColumn", "JoinColumns").stream().map(j -> TableValues.JoinColumnAnnotation.of(j, null))
                .toList();
    }

    /**
     * The {@code @ForeignKey} of the join columns written here: that of {@code @JoinColumns} when written there,
     * else that of its first join column, else that of {@code @JoinColumn}; null when none is written.
     */
    public ConstraintValues.ForeignKeyAnnotation joinColumnsForeignKey() {
        Optional<Attributes> container = jpa("JoinColumns");
        if (container.isPresent()) {
            ConstraintValues.ForeignKeyAnnotation own = TableValues.writtenKey(container.get(), "foreignKey");
            List<TableValues.JoinColumnAnnotation> columns = TableValues.JoinColumnAnnotation.in(container.get(), "value");
            return own != null ? own : columns.isEmpty() ? null : columns.get(0).foreignKey();
        }
        return jpa("JoinColumn").map(j -> TableValues.JoinColumnAnnotation.of(j, null).foreignKey()).orElse(null);
    }

    /** The {@code @AssociationOverride}s here (also repeated), typed, in source order. */
    public List<TableValues.AssociationOverrideAnnotation> declaredAssociationOverrides() {
        return repeated("AssociationOverride", "AssociationOverrides").stream()
                .map(TableValues.AssociationOverrideAnnotation::of).toList();
    }
}
