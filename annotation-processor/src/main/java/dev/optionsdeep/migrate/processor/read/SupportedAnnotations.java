package dev.optionsdeep.migrate.processor.read;

import java.util.List;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Where Migrate maps the JPA and Hibernate annotations it understands. Those that change nothing in
 * the schema ({@link AnnotationCatalog.Effect#NEUTRAL}) pass everywhere, silently; the lists below
 * are of mapped ones, by place.
 *
 * <p>An allow-list, not a deny-list: any other annotation from {@code jakarta.persistence},
 * {@code javax.persistence} or {@code org.hibernate.annotations} may change the schema Hibernate
 * creates (a relationship, a converter, a check, a secondary table...), so Migrate reports it as not
 * supported yet rather than write a snapshot that silently differs from Hibernate's.
 */
public final class SupportedAnnotations {

    /**
     * {@code @Inheritance} and the discriminator annotations are checked by {@code bind.ModelBinder}, which
     * knows the hierarchy; {@code @AttributeOverride} by {@code bind.EntityDrafter}; {@code @AssociationOverride} by
     * {@link ClassAssociationOverrides}.
     */
    private static final Set<String> JPA_ON_ENTITY = Set.of(
            "Entity", "Table", "Access", "SequenceGenerator", "SequenceGenerators", "TableGenerator", "TableGenerators", "Inheritance", "DiscriminatorColumn", "DiscriminatorValue",
            "AttributeOverride", "AttributeOverrides", "Cacheable", "EntityListeners", "ExcludeDefaultListeners",
            "ExcludeSuperclassListeners", "NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries",
            "NamedStoredProcedureQuery", "NamedStoredProcedureQueries", "NamedEntityGraph", "NamedEntityGraphs",
            "SqlResultSetMapping", "SqlResultSetMappings", "PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns", "IdClass",
            "SecondaryTable", "SecondaryTables", "AssociationOverride", "AssociationOverrides");

    private static final Set<String> HIBERNATE_ON_ENTITY = Set.of(
            "DynamicInsert", "DynamicUpdate", "Immutable", "BatchSize", "Cache", "SelectBeforeUpdate",
            "OptimisticLocking", "SQLRestriction", "Where", "NamedQuery", "NamedQueries", "NamedNativeQuery",
            "NamedNativeQueries", "FetchProfile", "FetchProfiles", "FilterDef", "FilterDefs", "Filter", "Filters",
            "Proxy", "ConcreteProxy", "Comment", "Check", "Checks", "SoftDelete", "GenericGenerator", "GenericGenerators",
            // where Hibernate accepts them is checked by bind.DiscriminatorPlacement
            "DiscriminatorFormula", "DiscriminatorOptions");

    /** What a mapped superclass or an embeddable may carry that changes nothing in its columns. */
    private static final Set<String> JPA_ON_SUPERCLASS = Set.of(
            "MappedSuperclass", "Embeddable", "Access", "EntityListeners", "ExcludeDefaultListeners",
            "ExcludeSuperclassListeners", "NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries",
            "NamedStoredProcedureQuery", "NamedStoredProcedureQueries", "NamedEntityGraph", "NamedEntityGraphs",
            "SqlResultSetMapping", "SqlResultSetMappings", "SequenceGenerator", "SequenceGenerators", "TableGenerator",
            "TableGenerators", "IdClass");

    private static final Set<String> JPA_ON_FIELD = Set.of("Id", "GeneratedValue", "Column", "Basic", "Transient",
            "SequenceGenerator", "SequenceGenerators", "TableGenerator", "TableGenerators",
            "Lob", "Temporal", "Version", "Embedded", "AttributeOverride", "AttributeOverrides", "Access", "Enumerated",
            "Convert", "AssociationOverride", "AssociationOverrides", "EmbeddedId", "ElementCollection", "CollectionTable",
            "MapKeyColumn", "OrderColumn", "MapKeyEnumerated", "MapKeyTemporal", "MapKeyJoinColumn", "MapKeyJoinColumns",
            "MapKeyClass");

    /**
     * These only decide how values are produced, never the column Hibernate creates; or, for
     * {@code Comment} and {@code ColumnDefault}, what {@code bind.ColumnExtras} reads.
     */
    private static final Set<String> HIBERNATE_ON_FIELD = Set.of(
            "CreationTimestamp", "UpdateTimestamp", "CurrentTimestamp", "OptimisticLock", "UuidGenerator", "Comment",
            "Check", "Checks", "ColumnDefault", "OnDelete", "JdbcTypeCode", "Nationalized",
            "NaturalId", "TenantId", "Generated", "Array", "GenericGenerator", "GenericGenerators",
            // A user type: the column is what the columnDefinition beside it says (ColumnMapper).
            "Type", "JavaType", "JdbcType",
            // On an element collection: its order in memory, and the first position its check starts at.
            "SortNatural", "SortComparator", "ListIndexBase",
            // On an element collection: its table's surrogate key (an id bag, bind.IdBags).
            "CollectionId", "CollectionIdJavaClass", "CollectionIdJavaType");

    private SupportedAnnotations() {
    }

    static List<AnnotationMirror> unsupportedOnEntity(Element entity) {
        return unsupported(entity, JPA_ON_ENTITY, HIBERNATE_ON_ENTITY);
    }

    public static List<AnnotationMirror> unsupportedOnMappedSuperclass(Element type) {
        // Migrate reads @Check, @SoftDelete and the discriminator's on the entity only.
        Set<String> hibernate = new java.util.HashSet<>(HIBERNATE_ON_ENTITY);
        hibernate.removeAll(Set.of("Check", "Checks", "SoftDelete", "DiscriminatorFormula", "DiscriminatorOptions"));
        return unsupported(type, JPA_ON_SUPERCLASS, hibernate);
    }

    public static List<AnnotationMirror> unsupportedOnField(Element field) {
        return unsupported(field, JPA_ON_FIELD, HIBERNATE_ON_FIELD);
    }

    private static List<AnnotationMirror> unsupported(Element element, Set<String> jpa, Set<String> hibernate) {
        List<AnnotationMirror> out = new java.util.ArrayList<>(0); // asked of every attribute: a loop, not a stream
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (!AnnotationCatalog.ignored(m) && (JpaAnnotations.isJpa(m) && !jpa.contains(JpaAnnotations.simpleName(m))
                    || JpaAnnotations.isHibernate(m) && !hibernate.contains(JpaAnnotations.simpleName(m)))) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }
}
