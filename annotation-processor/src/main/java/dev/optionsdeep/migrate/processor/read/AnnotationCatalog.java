package dev.optionsdeep.migrate.processor.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;

/**
 * Every annotation of {@code jakarta.persistence} (also as {@code javax.persistence}) and of Hibernate
 * 7.4's {@code org.hibernate.annotations}, by what it does to the schema Hibernate creates. The one
 * place that says so: {@link SupportedAnnotations} and the relationship checks read it, and a test
 * fails when an annotation of the Hibernate jar is missing here, so that an upgrade surfaces new ones.
 *
 * <p>An annotation of another library is none of these, and is always ignored.
 */
public final class AnnotationCatalog {

    enum Effect {
        /**
         * Changes nothing in the schema (caching, fetching, loading, custom SQL, filters, queries,
         * listeners, Java-side types): ignored silently wherever it is.
         */
        NEUTRAL,
        /** Changes the schema, and Migrate maps it where it is allowed ({@link SupportedAnnotations} says where). */
        MAPPED,
        /** Changes the schema, and Migrate does not map it yet: reported as a warning, the element abandoned. */
        UNMAPPED
    }

    private static final Set<String> JPA_NEUTRAL = Set.of(
            "Cacheable", "EntityListeners", "ExcludeDefaultListeners", "ExcludeSuperclassListeners",
            "NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries", "NamedStoredProcedureQuery",
            "NamedStoredProcedureQueries", "StoredProcedureParameter", "QueryHint", "NamedEntityGraph",
            "NamedEntityGraphs", "NamedAttributeNode", "NamedSubgraph", "SqlResultSetMapping", "SqlResultSetMappings",
            "ColumnResult", "ConstructorResult", "EntityResult", "FieldResult", "OrderBy",
            "PrePersist", "PostPersist", "PreUpdate", "PostUpdate", "PreRemove", "PostRemove", "PostLoad",
            "PersistenceContext", "PersistenceContexts", "PersistenceProperty", "PersistenceUnit", "PersistenceUnits");

    private static final Set<String> JPA_MAPPED = Set.of(
            "Entity", "MappedSuperclass", "Embeddable", "Table", "SecondaryTable", "SecondaryTables", "Access",
            "Inheritance", "DiscriminatorColumn", "DiscriminatorValue", "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns",
            "IdClass", "Id", "EmbeddedId", "GeneratedValue", "SequenceGenerator", "TableGenerator", "TableGenerators", "Column", "Basic", "Transient", "Lob",
            "Temporal", "Enumerated", "Version", "Embedded", "AttributeOverride", "AttributeOverrides",
            "AssociationOverride", "AssociationOverrides", "Convert", "Converter", "ElementCollection",
            "CollectionTable", "OrderColumn", "MapKeyColumn", "ManyToOne", "OneToOne", "OneToMany", "ManyToMany",
            "JoinColumn", "JoinColumns", "JoinTable", "MapsId", "Index", "UniqueConstraint", "CheckConstraint",
            "ForeignKey", "SequenceGenerators", "MapKey", "MapKeyClass", "MapKeyEnumerated", "MapKeyJoinColumn",
            "MapKeyTemporal");

    /**
     * Schema-affecting, not mapped yet: reported where they are found. One that gets mapped moves to
     * {@link #JPA_MAPPED} or {@link #HIBERNATE_MAPPED}.
     */
    private static final Set<String> JPA_UNMAPPED = Set.of(
            "MapKeyJoinColumns", "Converts", "EnumeratedValue");

    /**
     * Checked against Hibernate 7.4's documentation and, for those on an entity, its field or getter and its
     * collections, against its schema export (the parity model {@code neutral}). The last group is gone from
     * 7.4 but still in models written for Hibernate 5 and 6, and neutral there too; other annotations of those
     * versions ({@code @Type}, {@code @TypeDef}, {@code @Table}, {@code @ForeignKey}, {@code @Index}...) are not
     * in this catalog, so they are reported.
     */
    private static final Set<String> HIBERNATE_NEUTRAL = Set.of(
            "Cache", "NaturalIdCache", "BatchSize", "Fetch", "FetchProfile", "FetchProfiles", "FetchProfileOverride",
            "FetchProfileOverrides", "LazyGroup", "Cascade", "Immutable", "Mutability", "CollectionIdMutability",
            "MapKeyMutability", "DynamicInsert", "DynamicUpdate", "OptimisticLocking", "OptimisticLock",
            "SQLRestriction", "SQLJoinTableRestriction", "SQLOrder", "SQLSelect", "HQLSelect", "SQLInsert",
            "SQLInserts", "SQLUpdate", "SQLUpdates", "SQLDelete", "SQLDeletes", "SQLDeleteAll", "ColumnTransformer",
            "ColumnTransformers", "SortNatural", "SortComparator", "Bag", "Filter", "Filters",
            "FilterDef", "FilterDefs", "FilterJoinTable", "FilterJoinTables", "ParamDef", "Parameter",
            "SqlFragmentAlias", "Synchronize", "NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries",
            "NamedEntityGraph", "NamedEntityGraphs", "QueryCacheLayout", "Imported", "ConcreteProxy",
            "AttributeAccessor", "Instantiator", "EmbeddableInstantiator", "EmbeddableInstantiatorRegistration",
            "EmbeddableInstantiatorRegistrations", "RowId", "Source",
            // meta-annotations, found on annotation types only
            "AttributeBinderType", "TypeBinderType", "IdGeneratorType", "ValueGenerationType",
            // Hibernate 5 and 6 only, still in legacy models: fetching, loading and in-memory sorting
            "Where", "WhereJoinTable", "Proxy", "Polymorphism", "SelectBeforeUpdate", "Loader", "OrderBy",
            "LazyToOne", "LazyCollection", "Sort", "Tuplizer", "Tuplizers", "Persister",
            // a value its ValueGenerator computes in Java on insert or update: the column is the attribute's own
            // (HAPI FHIR's ResourceTable.myFhirId, checked with Hibernate 6.6's export)
            "GeneratorType");

    private static final Set<String> HIBERNATE_MAPPED = Set.of(
            "CreationTimestamp", "UpdateTimestamp", "CurrentTimestamp", "UuidGenerator", "Comment", "Check", "Checks",
            "ColumnDefault", "OnDelete",
            // the back-reference of an embeddable to its entity: no column, as for @Transient
            "Parent",
            // an entity read from a query: no table (ModelBinder; checked with 7.4's export, corpus model enterprise)
            "Subselect",
            // types and columns (JdbcTypeCode: the codes Migrate knows; others are reported where they are read)
            "JdbcTypeCode", "Nationalized", "Array", "TenantId", "NaturalId", "Formula", "Generated", "SoftDelete",
            // relationships and collections
            "NotFound", "ListIndexBase",
            // ids: the strategies Hibernate 5 and 6 models name (GenericGenerators)
            "GenericGenerator", "GenericGenerators",
            // a reference to an entity of any type: its two columns (AnyColumns)
            "Any", "AnyDiscriminator", "AnyDiscriminatorValue", "AnyDiscriminatorValues", "AnyKeyJavaClass",
            // a join table of references to entities of any type (ManyToAnyMapper)
            "ManyToAny",
            // a join or collection table's surrogate key (IdBags)
            "CollectionId", "CollectionIdJavaClass", "CollectionIdJavaType",
            // a user type, with the column's type in a columnDefinition beside it (ColumnMapper)
            "Type", "JavaType", "JdbcType",
            // a SINGLE_TABLE discriminator read from SQL instead of a column, and its options (SingleTable)
            "DiscriminatorFormula", "DiscriminatorOptions");

    private static final Set<String> HIBERNATE_UNMAPPED = Set.of(
            // column types and what converts values
            "CompositeType", "Collate", "Struct", "FractionalSeconds", "TimeZoneColumn", "TimeZoneStorage", "TargetEmbeddable",
            "JdbcTypeRegistration", "JdbcTypeRegistrations", "JavaTypeRegistration", "JavaTypeRegistrations",
            "TypeRegistration", "TypeRegistrations", "CompositeTypeRegistration", "CompositeTypeRegistrations",
            "ConverterRegistration", "ConverterRegistrations", "CollectionTypeRegistration",
            "CollectionTypeRegistrations",
            // columns, keys and constraints
            "NaturalIdClass", "JoinFormula", "JoinColumnOrFormula", "JoinColumnsOrFormulas",
            "GeneratedColumn", "NativeGenerator", "PropertyRef", "Comments",
            "EmbeddedColumnNaming", "EmbeddedTable", "SecondaryRow", "SecondaryRows", "View",
            "Temporal", "Audited", "Changelog",
            // part of the primary key in Hibernate 7.4 (found by the parity model: a join table's foreign
            // key to such an entity fails "must have same number of columns as the referenced primary key")
            "PartitionKey",
            // collections and maps
            "CollectionIdJdbcType", "CollectionIdJdbcTypeCode", "CollectionIdType", "CollectionType",
            "ListIndexJavaType", "ListIndexJdbcType", "ListIndexJdbcTypeCode", "MapKeyCompositeType", "MapKeyJavaType", "MapKeyJdbcType", "MapKeyJdbcTypeCode",
            "MapKeyType",
            // associations to any entity
            "AnyDiscriminatorImplicitValues", "AnyKeyJavaType", "AnyKeyJdbcType", "AnyKeyJdbcTypeCode");

    private static final Map<String, Effect> JPA = index(JPA_NEUTRAL, JPA_MAPPED, JPA_UNMAPPED);
    private static final Map<String, Effect> HIBERNATE = index(HIBERNATE_NEUTRAL, HIBERNATE_MAPPED, HIBERNATE_UNMAPPED);

    private AnnotationCatalog() {
    }

    /** What a JPA annotation does, by simple name; empty when this catalog does not know it. */
    static Optional<Effect> jpa(String simpleName) {
        return Optional.ofNullable(JPA.get(simpleName));
    }

    /** What a Hibernate annotation does, by simple name; empty when this catalog does not know it (a newer Hibernate). */
    static Optional<Effect> hibernate(String simpleName) {
        return Optional.ofNullable(HIBERNATE.get(simpleName));
    }

    /** Whether the annotation leaves the schema alone: neutral JPA or Hibernate ones, and those of any other library. */
    public static boolean ignored(AnnotationMirror mirror) {
        String simple = JpaAnnotations.simpleName(mirror);
        if (JpaAnnotations.isJpa(mirror)) {
            return jpa(simple).orElse(null) == Effect.NEUTRAL;
        }
        if (JpaAnnotations.isHibernate(mirror)) {
            return hibernate(simple).orElse(null) == Effect.NEUTRAL;
        }
        return true;
    }

    private static Map<String, Effect> index(Set<String> neutral, Set<String> mapped, Set<String> unmapped) {
        Map<String, Effect> out = new HashMap<>();
        neutral.forEach(n -> out.put(n, Effect.NEUTRAL));
        for (String n : mapped) {
            if (out.put(n, Effect.MAPPED) != null) {
                throw new IllegalStateException(n + " is classified twice");
            }
        }
        for (String n : unmapped) {
            if (out.put(n, Effect.UNMAPPED) != null) {
                throw new IllegalStateException(n + " is classified twice");
            }
        }
        return Map.copyOf(out);
    }
}
