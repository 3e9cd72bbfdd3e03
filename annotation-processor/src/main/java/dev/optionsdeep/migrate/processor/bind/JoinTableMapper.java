package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Attributes;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
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
    private final AssociationMapper relationships;
    private final HibernateLine line;

    JoinTableMapper(Elements elements, Naming naming, JoinColumnReader joinColumns, AttributeMapper attributes,
                    AssociationMapper relationships, HibernateLine line) {
        this.line = line;
        this.elements = elements;
        this.naming = naming;
        this.joinColumns = joinColumns;
        this.attributes = attributes;
        this.relationships = relationships;
    }

    /**
     * The join table: {@code @JoinTable(name)}, else {@code <owner table>_<target table>}; the owner's key
     * columns, then the target's, all not null. A set of a {@code @OneToMany} is keyed by the target's
     * columns, a bag of one has them unique; a set of a {@code @ManyToMany} is keyed by all columns, a
     * bag of one has no key.
     */
    AssociationMapper.JoinTable map(JoinColumnReader.Context context, MappedEntity target, AssociationMapper.CollectionKind kind,
                                    Targets targets) {
        Association a = context.association();
        Optional<AnnotationMirror> annotation = JpaAnnotations.find(a.attribute().element(), "JoinTable");
        Attributes joinTable = annotation.map(m -> new Attributes(m, elements)).orElse(null);
        if (joinTable != null && !joinColumns.supportedJoinTable(context, joinTable)) {
            return null;
        }
        if (a.kind() == Association.Kind.ONE_TO_MANY && !relationships.onDelete(a).equals(ForeignKey.NO_ACTION)) {
            context.report().error(Code.INVALID_RELATIONSHIP, "@OnDelete on " + context.where() + ", a unidirectional"
                    + " @OneToMany with a join table, makes Hibernate 7.4 refuse to start (\"must explicitly specify a"
                    + " '@JoinColumn'\"). Add @JoinColumn(name = \"...\") to keep the key in the target's table, or"
                    + " remove @OnDelete", a.attribute().element(), a.annotation());
            return null;
        }
        String written = joinTable == null || joinTable.string("name").isEmpty()
                ? naming.joinTable(context.owner().names().table(), a.attribute().name(), target.names().table())
                : joinTable.string("name");
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The join table name \"" + written + "\" of " + context.where()
                    + " cannot be used: " + name.problem() + ". Set it with @JoinTable(name = \"...\")",
                    a.attribute().element(), joinTable == null ? a.annotation() : joinTable.mirror());
            return null;
        }
        MappedEntity owner = context.owner().asTarget();
        String ownerPrefix = a.kind() == Association.Kind.MANY_TO_MANY
                ? relationships.inverseName(relationships.declaredTarget(a).orElse(target.element()),
                        a.attribute().name())
                .orElse(context.owner().names().entity())
                : context.owner().names().entity();
        JoinColumnReader.Context ownerSide = context.joinTableSide(joinTable, "joinColumns", "foreignKey");
        JoinColumnReader.Context targetSide = context.joinTableSide(joinTable, "inverseJoinColumns", "inverseForeignKey");
        List<JoinColumnReader.Joined> ownerColumns = joinColumns.read(ownerSide, owner, ownerPrefix, false);
        List<JoinColumnReader.Joined> targetColumns = joinColumns.read(targetSide, target, a.attribute().name(), false);
        if (ownerColumns == null || targetColumns == null) {
            return null;
        }
        List<JoinColumnReader.Joined> all = new ArrayList<>(ownerColumns);
        all.addAll(targetColumns);
        JoinColumnReader.Joined position = null;
        if (kind == AssociationMapper.CollectionKind.LIST) {
            position = relationships.orderColumn(context);
            if (position == null) {
                return null;
            }
            all.add(position);
        }
        MapKeys.Key mapKey = null;
        if (kind == AssociationMapper.CollectionKind.MAP) {
            mapKey = new MapKeys(elements, naming, attributes).read(context, name.name(), targets);
            if (mapKey == null) {
                return null;
            }
            all.addAll(mapKey.columns());
        }
        List<Column> columns = all.stream().map(j -> j.column().withNullable(false)).toList();
        if (columns.stream().map(Column::name).distinct().count() < columns.size()) {
            context.report().error(Code.DUPLICATE_COLUMN, "The join table " + name.name() + " of " + context.where()
                    + " would have two columns of one name (" + columns.stream().map(Column::name).toList() + "). Name"
                    + " them with @JoinTable(joinColumns = @JoinColumn(name = \"...\"), inverseJoinColumns ="
                    + " @JoinColumn(name = \"...\"))", a.attribute().element(), a.annotation());
            return null;
        }
        List<String> ownerNames = ownerColumns.stream().map(j -> j.column().name()).toList();
        List<String> targetNames = targetColumns.stream().map(j -> j.column().name()).toList();
        ForeignKey ownerKey = joinColumns.foreignKey(ownerSide, name.name(), ownerNames, owner.table().name(),
                ownerColumns.stream().map(JoinColumnReader.Joined::referenced).toList(), relationships.onDelete(a));
        ForeignKey targetKey = joinColumns.foreignKey(targetSide, name.name(), targetNames, target.table().name(),
                targetColumns.stream().map(JoinColumnReader.Joined::referenced).toList(), ForeignKey.NO_ACTION);
        if (ownerKey == JoinColumnReader.INVALID || targetKey == JoinColumnReader.INVALID) {
            return null;
        }
        List<ForeignKey> keys = new ArrayList<>();
        if (ownerKey != null) {
            keys.add(ownerKey);
        }
        if (targetKey != null && AssociationMapper.notFound(a).isEmpty()) { // @NotFound drops the key to the target (checked with 7.4)
            keys.add(targetKey);
        }
        if (mapKey != null) {
            keys.addAll(mapKey.foreignKeys());
        }
        if (!AssociationMapper.distinctForeignKeyNames(context, name.name(), keys)) {
            return null;
        }
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        if (mapKey != null) {
            // Keyed by the owner and the map key, or with @MapKey by the owner and the target (checked with 7.4).
            List<JoinColumnReader.Joined> key = new ArrayList<>(ownerColumns);
            key.addAll(mapKey.byTargetAttribute() ? targetColumns : mapKey.columns());
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), HibernateColumnOrder.sorted(key));
            checks.addAll(mapKey.checks());
            if (a.kind() == Association.Kind.ONE_TO_MANY) {
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(name.name(), targetNames, "key"),
                        HibernateColumnOrder.sorted(targetColumns)));
            }
        } else if (position != null) {
            // Keyed by the owner and the position; a one-to-many's targets stay unique (checked with 7.4).
            List<JoinColumnReader.Joined> key = new ArrayList<>(ownerColumns);
            key.add(position);
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), HibernateColumnOrder.sorted(key));
            if (line.checksListPositions()) {
                checks.add(AssociationMapper.positionCheck(name.name(), position));
            }
            if (a.kind() == Association.Kind.ONE_TO_MANY) {
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(name.name(), targetNames, "key"),
                        HibernateColumnOrder.sorted(targetColumns)));
            }
        } else if (a.kind() == Association.Kind.ONE_TO_MANY && kind == AssociationMapper.CollectionKind.SET
                && line.keysOneToManySetsByTarget()) {
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), HibernateColumnOrder.sorted(targetColumns));
        } else if (a.kind() == Association.Kind.ONE_TO_MANY) {
            if (kind == AssociationMapper.CollectionKind.SET) { // before 7.4: keyed by owner and target
                primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), HibernateColumnOrder.sorted(all));
            }
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(name.name(), targetNames, "key"),
                    HibernateColumnOrder.sorted(targetColumns)));
        } else if (kind == AssociationMapper.CollectionKind.SET) {
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), HibernateColumnOrder.sorted(all));
        }
        ConstraintReader.Constraints declared = relationships.declaredConstraints(context.owner(), joinTable, name.name(),
                columns, context.report());
        if (declared == null) {
            return null;
        }
        uniques.addAll(declared.uniqueConstraints());
        // In the default schema unless @JoinTable(schema), whatever the owner's (checked with 7.4).
        return new AssociationMapper.JoinTable(new Table(Table.qualified(joinColumns.schema(joinTable), name.name()),
                columns, primaryKey, uniques, declared.indexes(), keys, checks), a.attribute().element());
    }
}
