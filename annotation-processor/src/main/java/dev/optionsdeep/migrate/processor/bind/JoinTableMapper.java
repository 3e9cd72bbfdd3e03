package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.lang.model.util.Elements;

/**
 * The join table of a to-many relationship, as Hibernate 7.4 makes it: its name, the owner's and the
 * target's join columns with their foreign keys, its key (by collection kind), a list's position or a
 * map's key, and the unique constraints and indexes {@code @JoinTable} declares.
 */
final class JoinTableMapper {

    private final Elements elements;
    private final Naming naming;
    private final JoinColumnReader joinColumns;
    private final AttributeMapper attributes;
    /** The relationships' own rules this shares: the position column, {@code ON DELETE}, inverse names. */
    private final AssociationTargets targetsOf;
    private final OrderColumns orders;
    private final RelationshipAnnotations annotations;
    private final AssociationMapper relationships;

    JoinTableMapper(Elements elements, Naming naming, JoinColumnReader joinColumns, AttributeMapper attributes,
                    AssociationTargets targetsOf, OrderColumns orders,
                    RelationshipAnnotations annotations, AssociationMapper relationships) {
        this.elements = elements;
        this.naming = naming;
        this.joinColumns = joinColumns;
        this.attributes = attributes;
        this.targetsOf = targetsOf;
        this.orders = orders;
        this.annotations = annotations;
        this.relationships = relationships;
    }

    /**
     * The join table: {@code @JoinTable(name)}, else {@code <owner table>_<target table>}; the owner's key
     * columns, then the target's, all not null. A set of a {@code @OneToMany} is keyed by the target's
     * columns, a bag of one has them unique; a set of a {@code @ManyToMany} is keyed by all columns, a
     * bag of one has no key.
     */
    AssociationMapper.JoinTable map(JoinColumnReader.Context context, MappedEntity target, CollectionKind kind,
                                    Targets targets) {
        Association a = context.association();
        TableAnnotation joinTable = Mapping.of(a.attribute().element(), elements).declaredRelationshipTable()
                .orElse(null);
        if (joinTable != null && !JoinAnnotations.supported(naming, context, joinTable) || !onDeleteAllowed(context)) {
            return null;
        }
        PhysicalNames.Resolved name = name(context, joinTable, target);
        if (name == null) {
            return null;
        }
        Sides sides = sides(context, joinTable, target, kind, name.name(), targets);
        if (sides == null) {
            return null;
        }
        List<Column> columns = sides.all().stream().map(j -> j.column().withNullable(false)).toList();
        if (columns.stream().map(Column::name).distinct().count() < columns.size()) {
            context.report().error(Code.DUPLICATE_COLUMN, "The join table " + name.name() + " of " + context.where()
                    + " would have two columns of one name (" + columns.stream().map(Column::name).toList() + "). Name"
                    + " them with @JoinTable(joinColumns = @JoinColumn(name = \"...\"), inverseJoinColumns ="
                    + " @JoinColumn(name = \"...\"))", a.attribute().element(), a.annotation());
            return null;
        }
        List<ForeignKey> keys = foreignKeys(context, name.name(), target, sides);
        if (keys == null) {
            return null;
        }
        ConstraintReader.Constraints declared = relationships.declaredConstraints(context.owner(), joinTable, name.name(),
                columns, context.report());
        if (declared == null) {
            return null;
        }
        Keyed keyed = keyed(a, kind, name.name(), sides, relationships.line(), !declared.uniqueConstraints().isEmpty());
        keyed.uniques().addAll(declared.uniqueConstraints());
        // In the default schema unless @JoinTable(schema), whatever the owner's (checked with 7.4).
        return new AssociationMapper.JoinTable(new Table(Table.qualified(JoinAnnotations.schema(naming, joinTable), name.name()),
                columns, keyed.primaryKey(), keyed.uniques(), declared.indexes(), keys, keyed.checks()),
                a.attribute().element());
    }

    /** Hibernate 7.4 refuses {@code @OnDelete} on a one-to-many with a join table; false after reporting. */
    private boolean onDeleteAllowed(JoinColumnReader.Context context) {
        Association a = context.association();
        if (a.kind() == Association.Kind.ONE_TO_MANY && !annotations.onDelete(a).equals(ForeignKey.NO_ACTION)) {
            context.report().error(Code.INVALID_RELATIONSHIP, "@OnDelete on " + context.where() + ", a unidirectional"
                    + " @OneToMany with a join table, makes Hibernate 7.4 refuse to start (\"must explicitly specify a"
                    + " '@JoinColumn'\"). Add @JoinColumn(name = \"...\") to keep the key in the target's table, or"
                    + " remove @OnDelete", a.attribute().element(), a.annotation());
            return false;
        }
        return true;
    }

    /** {@code @JoinTable(name)}, else {@code <owner table>_<target table>}; null after reporting. */
    private PhysicalNames.Resolved name(JoinColumnReader.Context context, TableAnnotation joinTable, MappedEntity target) {
        Association a = context.association();
        String written = joinTable == null || joinTable.name().isEmpty()
                ? naming.joinTable(context.owner().names().table(), a.attribute().name(), target.names().table())
                : joinTable.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The join table name \"" + written + "\" of " + context.where()
                    + " cannot be used: " + name.problem() + ". Set it with @JoinTable(name = \"...\")",
                    a.attribute().element(), joinTable == null ? a.annotation() : joinTable.mirror());
            return null;
        }
        return name;
    }

    /**
     * The join table's columns by side: the owner's, the target's, a list's position, a map's key, and all of
     * them in that order.
     */
    private record Sides(JoinColumnReader.Context ownerSide, JoinColumnReader.Context targetSide, MappedEntity owner,
                         List<JoinColumnReader.Joined> ownerColumns, List<JoinColumnReader.Joined> targetColumns,
                         JoinColumnReader.Joined position, MapKeys.Key mapKey, List<JoinColumnReader.Joined> all) {
    }

    /** The columns of each side; null after reporting. */
    private Sides sides(JoinColumnReader.Context context, TableAnnotation joinTable, MappedEntity target, CollectionKind kind,
                        String table, Targets targets) {
        Association a = context.association();
        MappedEntity owner = context.owner().asTarget();
        String ownerPrefix = a.kind() == Association.Kind.MANY_TO_MANY
                ? targetsOf.inverseName(targetsOf.declaredTarget(a).orElse(target.element()),
                        a.attribute().name())
                .orElse(context.owner().names().entity())
                : context.owner().names().entity();
        JoinColumnReader.Context ownerSide = context.joinTableSide(joinTable, JoinColumnReader.Context.Side.OWNER);
        JoinColumnReader.Context targetSide = context.joinTableSide(joinTable, JoinColumnReader.Context.Side.TARGET);
        List<JoinColumnReader.Joined> ownerColumns = joinColumns.read(ownerSide, owner, ownerPrefix, false);
        List<JoinColumnReader.Joined> targetColumns = joinColumns.read(targetSide, target, a.attribute().name(), false);
        if (ownerColumns == null || targetColumns == null || !JoinColumnMutability.consistent(context, ownerColumns)
                || !JoinColumnMutability.consistent(context, targetColumns)) {
            return null;
        }
        List<JoinColumnReader.Joined> all = new ArrayList<>(ownerColumns);
        all.addAll(targetColumns);
        JoinColumnReader.Joined position = null;
        if (kind == CollectionKind.LIST) {
            position = orders.orderColumn(context);
            if (position == null) {
                return null;
            }
            all.add(position);
        }
        MapKeys.Key mapKey = null;
        if (kind == CollectionKind.MAP) {
            mapKey = new MapKeys(elements, naming, attributes).read(context, table, targets);
            if (mapKey == null) {
                return null;
            }
            all.addAll(mapKey.columns());
        }
        return new Sides(ownerSide, targetSide, owner, ownerColumns, targetColumns, position, mapKey, all);
    }

    /** The foreign keys to the owner, to the target and of a map's key; null after reporting. */
    private List<ForeignKey> foreignKeys(JoinColumnReader.Context context, String table, MappedEntity target,
                                         Sides sides) {
        Association a = context.association();
        List<String> ownerNames = sides.ownerColumns().stream().map(j -> j.column().name()).toList();
        List<String> targetNames = sides.targetColumns().stream().map(j -> j.column().name()).toList();
        ForeignKey ownerKey = joinColumns.foreignKey(sides.ownerSide(), table, ownerNames, sides.owner().table().name(),
                sides.ownerColumns().stream().map(JoinColumnReader.Joined::referenced).toList(), annotations.onDelete(a));
        ForeignKey targetKey = joinColumns.foreignKey(sides.targetSide(), table, targetNames, target.table().name(),
                sides.targetColumns().stream().map(JoinColumnReader.Joined::referenced).toList(), ForeignKey.NO_ACTION);
        if (ownerKey == JoinColumnReader.INVALID || targetKey == JoinColumnReader.INVALID) {
            return null;
        }
        List<ForeignKey> keys = new ArrayList<>();
        if (ownerKey != null) {
            keys.add(ownerKey);
        }
        if (targetKey != null && RelationshipAnnotations.notFound(a).isEmpty()) { // @NotFound drops the key to the target (checked with 7.4)
            keys.add(targetKey);
        }
        if (sides.mapKey() != null) {
            keys.addAll(sides.mapKey().foreignKeys());
        }
        return AssociationMapper.distinctForeignKeyNames(context, table, keys) ? keys : null;
    }

    /** The join table's key, unique constraints and checks; the unique constraints are still to be added to. */
    private record Keyed(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<CheckConstraint> checks) {
    }

    /** The key by collection kind, and what keeps a one-to-many's targets unique. */
    private static Keyed keyed(Association a, CollectionKind kind, String table, Sides sides, HibernateLine line,
                               boolean declaresUniques) {
        List<String> targetNames = sides.targetColumns().stream().map(j -> j.column().name()).toList();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        MapKeys.Key mapKey = sides.mapKey();
        if (mapKey != null || sides.position() != null) {
            // Keyed by the owner and the map key, or with @MapKey by the owner and the target, or by the owner and
            // the position; a one-to-many's targets stay unique (checked with 7.4).
            List<JoinColumnReader.Joined> key = new ArrayList<>(sides.ownerColumns());
            if (mapKey != null) {
                key.addAll(mapKey.byTargetAttribute() ? sides.targetColumns() : mapKey.columns());
                checks.addAll(mapKey.checks());
            } else {
                key.add(sides.position());
                if (line.checksListPositions()) {
                    checks.add(OrderColumns.positionCheck(table, sides.position()));
                }
            }
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(table), HibernateColumnOrder.sorted(key));
            if (a.kind() == Association.Kind.ONE_TO_MANY) {
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(table, targetNames, "key"),
                        HibernateColumnOrder.sorted(sides.targetColumns())));
            }
        } else if (a.kind() == Association.Kind.ONE_TO_MANY && kind == CollectionKind.SET && line.keysOneToManySetsByTarget()) {
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(table), HibernateColumnOrder.sorted(sides.targetColumns()));
        } else if (a.kind() == Association.Kind.ONE_TO_MANY) {
            if (kind == CollectionKind.SET) { // before 7.4: keyed by owner and target
                primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(table), HibernateColumnOrder.sorted(sides.all()));
            }
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(table, targetNames, "key"),
                    HibernateColumnOrder.sorted(sides.targetColumns())));
        } else if (kind == CollectionKind.SET && !(declaresUniques && line.setKeysYieldToDeclaredUniques())) {
            // 7.4 keys a many-to-many set only when its table declares no unique constraint (checked with its export).
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(table), HibernateColumnOrder.sorted(sides.all()));
        }
        return new Keyed(primaryKey, uniques, checks);
    }
}
