package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.AnnotationCatalog;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.util.Elements;

/**
 * The annotations on a relationship beside its own: which ones Migrate maps or ignores, and what
 * Hibernate's {@code @NotFound} and {@code @OnDelete} change in its foreign key.
 */
final class RelationshipAnnotations {

    /** Annotations that leave a relationship's schema as it is. */
    private static final Set<String> JPA_ON_RELATIONSHIP = Set.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany",
            "JoinColumn", "JoinColumns", "JoinTable", "OrderBy", "Access");
    /** What an element collection may carry besides: its element's column, or its embeddable's overrides. */
    private static final Set<String> JPA_ON_ELEMENT_COLLECTION = Set.of("ElementCollection", "CollectionTable",
            "Column", "AttributeOverride", "AttributeOverrides", "Lob", "Temporal", "Enumerated", "Convert", "OrderBy",
            "Access", "MapKeyColumn", "MapKeyEnumerated", "MapKeyTemporal", "MapKeyJoinColumn", "MapKeyJoinColumns",
            "MapKeyClass", "MapKey");
    private static final Set<String> HIBERNATE_ON_RELATIONSHIP = Set.of("OnDelete", "Fetch", "BatchSize", "Cascade",
            "LazyGroup", "SQLRestriction", "SQLOrder", "OrderBy", "Where", "OptimisticLock", "NotFound", "SortNatural",
            "SortComparator", "ListIndexBase", "CollectionId", "CollectionIdJavaClass", "CollectionIdJavaType");

    /** What a {@code @ManyToAny} carries besides: its discriminator and key (ManyToAnyMapper). */
    private static final Set<String> ANY = Set.of("ManyToAny", "AnyDiscriminator", "AnyDiscriminatorValue",
            "AnyDiscriminatorValues", "AnyKeyJavaClass");

    private final Elements elements;

    RelationshipAnnotations(Elements elements) {
        this.elements = elements;
    }

    /** False after reporting annotations that would change the relationship's schema in ways Migrate does not model. */
    static boolean supported(Association a, String where, Report report) {
        boolean ok = true;
        List<? extends AnnotationMirror> written = Mapping.written(a.attribute().element()).mappingAnnotations();
        // An id bag's generator (IdBags) may be declared on the collection itself.
        boolean idBag = written.stream()
                .anyMatch(c -> JpaAnnotations.isHibernate(c) && JpaAnnotations.simpleName(c).equals("CollectionId"));
        for (AnnotationMirror m : written) {
            if (AnnotationCatalog.ignored(m)) {
                continue; // @Cache, @BatchSize, @OrderBy... on a collection: nothing in the schema
            }
            String simple = JpaAnnotations.simpleName(m);
            Set<String> jpa = a.kind() == Association.Kind.ELEMENT_COLLECTION ? JPA_ON_ELEMENT_COLLECTION
                    : JPA_ON_RELATIONSHIP;
            boolean unsupported = JpaAnnotations.isJpa(m) && !jpa.contains(simple)
                    || JpaAnnotations.isHibernate(m) && !HIBERNATE_ON_RELATIONSHIP.contains(simple);
            boolean idBagGenerator = simple.equals("SequenceGenerator") && idBag;
            boolean collectionOnly = (simple.equals("OrderColumn") || Mapping.MAP_KEY_ANNOTATIONS.contains(simple)
                    || idBagGenerator || simple.equals("CollectionTable") && JpaAnnotations.isJpa(m)) && !a.kind().toOne();
            boolean derivedKey = (simple.equals("MapsId") || simple.equals("Id")) && a.kind().toOne();
            // A to-one natural id joins the entity's natural-id unique constraint (ConstraintReader).
            boolean naturalId = simple.equals("NaturalId") && a.kind().toOne();
            // Hibernate maps a collection beside @Basic as it is, on every line (parity model basicrel).
            boolean basic = simple.equals(JpaAnnotations.BASIC) && JpaAnnotations.isJpa(m) && !a.kind().toOne()
                    && a.kind() != Association.Kind.ELEMENT_COLLECTION;
            // Hibernate reads @PrimaryKeyJoinColumn on to-one relationships only: on a @OneToMany, mappedBy or not,
            // it maps the collection as without it (hawkBit's targets; parity model pkjoinref).
            boolean keyJoin = simple.startsWith("PrimaryKeyJoinColumn") && JpaAnnotations.isJpa(m)
                    && a.kind() == Association.Kind.ONE_TO_MANY;
            if (a.kind() == Association.Kind.MANY_TO_ANY && (ANY.contains(simple) || simple.equals("Column"))) {
                continue; // its discriminator and key (ManyToAnyMapper)
            }
            if (simple.equals("CollectionTable") && written.stream()
                    .anyMatch(w -> JpaAnnotations.isJpa(w) && JpaAnnotations.simpleName(w).equals("JoinTable"))) {
                report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@CollectionTable and @JoinTable on " + where + ": Hibernate"
                        + " 7.4 takes the @CollectionTable as the join table and ignores the @JoinTable. Remove one",
                        a.attribute().element(), m);
                ok = false;
            } else if (unsupported && !collectionOnly && !derivedKey && !naturalId && !basic && !keyJoin) {
                String why = simple.equals("MapsId") || simple.equals("Id")
                        ? " derives a key from a @" + a.kind().annotation() + ", which Hibernate allows on a"
                        + " @ManyToOne or @OneToOne only. Put it on the to-one side, or remove it"
                        : dev.optionsdeep.migrate.processor.read.LegacyHibernateAnnotations.advice(m).orElse(
                        " is not supported yet by Migrate on a relationship: it cannot tell what schema Hibernate"
                        + " creates from it. Remove it, or map the foreign key as a basic column");
                report.error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + simple + " on " + where + why,
                        a.attribute().element(), m);
                ok = false;
            }
        }
        return ok;
    }

    /** Hibernate's {@code @NotFound}, whichever its action. */
    static Optional<AnnotationMirror> notFound(Association a) {
        return Mapping.written(a.attribute().element()).notFound();
    }

    /** Hibernate's {@code @OnDelete(action)}, as SQL spells it. */
    String onDelete(Association a) {
        return Mapping.of(a.attribute().element(), elements).onDeleteAction().map(action -> action.replace('_', ' '))
                .orElse(ForeignKey.NO_ACTION);
    }

    static boolean hasJoinColumns(Association a) {
        return Mapping.written(a.attribute().element()).hasJoinColumns();
    }
}
