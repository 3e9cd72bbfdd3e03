package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.MappingValues.RelationshipAnnotation;

import java.util.List;

import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The {@code mappedBy} side of a relationship, which the other side owns: it maps nothing, except what
 * Hibernate 7.4 still puts into the target's table for it, a list's position and a map's key.
 */
final class InverseSide {

    private final Elements elements;
    private final Types types;
    private final Naming naming;
    private final AttributeMapper attributes;
    private final AssociationTargets targetsOf;
    private final CollectionKinds kinds;
    private final OrderColumns orders;

    InverseSide(Elements elements, Types types, Naming naming, AttributeMapper attributes, AssociationTargets targetsOf,
                CollectionKinds kinds, OrderColumns orders) {
        this.elements = elements;
        this.types = types;
        this.naming = naming;
        this.attributes = attributes;
        this.targetsOf = targetsOf;
        this.kinds = kinds;
        this.orders = orders;
    }

    /** What the {@code mappedBy} side puts into the target's table; false after reporting. */
    boolean map(AssociationMapper.Owner owner, Association a, String where, RelationshipAnnotation relationship, Targets targets,
                Report report, List<MappedEntity.ForeignColumn> foreign) {
        if (!namesAnAttribute(a, where, relationship, report)) {
            return false;
        }
        boolean ok = true;
        // The other side owns it; only a position column of a one-to-many's list is this side's.
        if (Mapping.written(a.attribute().element()).hasOrderColumn()) {
            ok = orderColumn(owner, a, where, relationship, targets, report, foreign);
        }
        return mapKey(owner, a, where, relationship, targets, foreign, report) && ok;
    }

    /**
     * Whether {@code mappedBy} names an attribute of the target entity, which Hibernate requires, to the letter: it
     * refuses to start otherwise (7.4: "is 'mappedBy' a property named 'X' which does not exist in the target
     * entity"). Dataverse's {@code VariableMetadata} writes {@code mappedBy = "VariableMetadata"} for an attribute
     * {@code variableMetadata}, which EclipseLink accepts. A path into an embeddable ({@code "address.owner"}) and a
     * target Migrate cannot resolve here are left to the rest of the mapping. False after reporting.
     */
    private boolean namesAnAttribute(Association a, String where, RelationshipAnnotation relationship, Report report) {
        String mappedBy = relationship.mappedBy();
        java.util.Optional<javax.lang.model.element.TypeElement> target = targetsOf.declaredTarget(a)
                .filter(t -> Mapping.written(t).entity().isPresent());
        if (mappedBy.contains(".") || target.isEmpty() || AssociationTargets.holderOf(target.get(), mappedBy).isPresent()) {
            return true;
        }
        String sameButCase = null;
        for (javax.lang.model.element.TypeElement t = target.get(); t != null && sameButCase == null;
             t = dev.optionsdeep.migrate.processor.read.AttributeCollector.superclass(t)) {
            sameButCase = t.getEnclosedElements().stream().filter(e -> e.getKind().isField())
                    .map(e -> e.getSimpleName().toString()).filter(mappedBy::equalsIgnoreCase).findFirst().orElse(null);
        }
        report.error(Code.INVALID_RELATIONSHIP, where + " is mappedBy \"" + mappedBy + "\", which names no attribute of "
                + target.get().getSimpleName() + ": Hibernate refuses to start (\"'mappedBy' a property named '" + mappedBy
                + "' which does not exist in the target entity\"). " + (sameButCase == null
                ? "Name the attribute of " + target.get().getSimpleName() + " that owns the relationship"
                : "Write mappedBy = \"" + sameButCase + "\": Hibernate compares the names to the letter"),
                a.attribute().element(), relationship.mirror());
        return false;
    }

    /**
     * A {@code mappedBy} map without {@code @MapKey} still has a key column, which Hibernate 7.4 puts into
     * the target's table (a one-to-many's; checked with its export). False after reporting.
     */
    private boolean mapKey(AssociationMapper.Owner owner, Association a, String where, RelationshipAnnotation relationship, Targets targets,
                                  List<MappedEntity.ForeignColumn> foreign, Report report) {
        if (a.kind().toOne() || !kinds.isA(types.erasure(a.attribute().type()), "java.util.Map")
                || Mapping.written(a.attribute().element()).mapKey().isPresent()) {
            return true;
        }
        if (a.kind() == Association.Kind.MANY_TO_MANY) {
            report.error(Code.UNSUPPORTED_FIELD_MAPPING, where + " is a Map on a @ManyToMany(mappedBy) without @MapKey,"
                    + " which Migrate does not map yet: Hibernate adds its key column to the owning side's join table."
                    + " Key it with @MapKey(name = \"...\") by an attribute of the target", a.attribute().element(),
                    a.annotation());
            return false;
        }
        MappedEntity target = targetsOf.target(owner, a, where, relationship, targets, report);
        if (target == null) {
            return false;
        }
        List<MappedEntity.ForeignColumn> key = new MapKeys(elements, naming, attributes)
                .inTargetTable(new JoinColumnReader.Context(a, where, owner, report), target, targets);
        if (key != null) {
            foreign.addAll(key);
        }
        return key != null;
    }

    /**
     * The position column of a list on the {@code mappedBy} side of a {@code @OneToMany}, which Hibernate
     * 7.4 puts into the target's table as for a {@code @JoinColumn}; it refuses one on the inverse side
     * of a {@code @ManyToMany} ("may not have an '@OrderColumn'").
     */
    private boolean orderColumn(AssociationMapper.Owner owner, Association a, String where, RelationshipAnnotation relationship,
                                       Targets targets, Report report, List<MappedEntity.ForeignColumn> foreign) {
        if (a.kind() != Association.Kind.ONE_TO_MANY) {
            report.error(Code.INVALID_RELATIONSHIP, "@OrderColumn on " + where + ", the mappedBy side of a @"
                    + a.kind().annotation() + ", makes Hibernate 7.4 refuse to start (\"may not have an"
                    + " '@OrderColumn'\"): the owning side's join table holds the rows. Move @OrderColumn to the"
                    + " owning side, or remove it", a.attribute().element(),
                    Mapping.of(a.attribute().element(), elements).orderColumn().orElseThrow().mirror());
            return false;
        }
        CollectionKind kind = kinds.of(a, where, report);
        if (kind == null) {
            return false;
        }
        if (kind != CollectionKind.LIST) {
            return true;
        }
        MappedEntity target = targetsOf.target(owner, a, where, relationship, targets, report);
        if (target == null) {
            return false;
        }
        // The position goes with the owning side's join column: into the table of the entity declaring the
        // mappedBy attribute (a JOINED parent's, checked with 7.4).
        MappedEntity holder = targetsOf.declaredTarget(a).flatMap(t -> AssociationTargets.holderOf(t, relationship.mappedBy()))
                .flatMap(targets::get).orElse(target);
        return orders.foreignPosition(new JoinColumnReader.Context(a, where, owner, report), holder, foreign);
    }
}
