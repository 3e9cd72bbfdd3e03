package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.Attributes;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Maps an {@code @ElementCollection} to its collection table, as Hibernate 7.4 makes it. */
final class CollectionTableMapper {

    private final Elements elements;
    private final Naming naming;
    private final JoinColumnReader joinColumns;
    private final AttributeMapper attributes;
    private final AssociationMapper relationships;
    private final HibernateLine line;

    CollectionTableMapper(Elements elements, Naming naming, JoinColumnReader joinColumns, AttributeMapper attributes,
                          AssociationMapper relationships, HibernateLine line) {
        this.line = line;
        this.elements = elements;
        this.naming = naming;
        this.joinColumns = joinColumns;
        this.attributes = attributes;
        this.relationships = relationships;
    }

    /**
     * The table of an {@code @ElementCollection} of basic values or embeddables, as Hibernate 7.4 makes
     * it: {@code @CollectionTable(name)}, else {@code <entity name>_<attribute>}; the owner's key columns
     * ({@code <entity name>_<key column>}, not null) and the element's columns (named as the attribute,
     * or as the embeddable's attributes); a set has all its columns unique, owner's first, then the
     * element's by attribute name; a bag has no key.
     */
    AssociationMapper.JoinTable map(JoinColumnReader.Context context, AssociationMapper.Owner owner, Targets targets) {
        Association a = context.association();
        String where = context.where();
        Element element = a.attribute().element();
        AssociationMapper.CollectionKind kind = relationships.collectionKind(a, where, context.report());
        if (kind == null) {
            return null;
        }
        if (a.path().contains(".")) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@ElementCollection on " + where + ", inside an"
                    + " embeddable, is not supported yet by Migrate. Move the collection to the entity", element,
                    a.annotation());
            return null;
        }
        Optional<AnnotationMirror> annotation = JpaAnnotations.find(element, "CollectionTable");
        Attributes table = annotation.map(m -> new Attributes(m, elements)).orElse(null);
        if (table != null && !joinColumns.supportedJoinTable(context, table)) {
            return null;
        }
        List<? extends TypeMirror> arguments = a.attribute().type() instanceof DeclaredType d ? d.getTypeArguments()
                : List.of();
        if (arguments.size() != (kind == AssociationMapper.CollectionKind.MAP ? 2 : 1)) {
            context.report().error(Code.INVALID_RELATIONSHIP, where + " is a raw collection, so Migrate cannot tell what"
                    + " it holds. Give its element type (Set<String>)", element, a.annotation());
            return null;
        }
        String written = table == null || table.string("name").isEmpty()
                ? owner.names().entity() + "_" + a.attribute().name() : table.string("name");
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The collection table name \"" + written + "\" of " + where
                    + " cannot be used: " + name.problem() + ". Set it with @CollectionTable(name = \"...\")", element,
                    table == null ? a.annotation() : table.mirror());
            return null;
        }
        MappedEntity ownerTable = owner.asTarget();
        JoinColumnReader.Context ownerSide = context.joinTableSide(table, "joinColumns", "foreignKey");
        List<JoinColumnReader.Joined> ownerColumns = joinColumns.read(ownerSide, ownerTable, owner.names().entity(),
                false);
        if (ownerColumns == null) {
            return null;
        }
        List<MappedColumn> values = new ArrayList<>();
        List<Association> nested = new ArrayList<>();
        MapKeys.Key mapKey = null;
        if (kind == AssociationMapper.CollectionKind.MAP) {
            mapKey = new MapKeys(elements, naming, attributes).read(context, name.name(), targets);
            if (mapKey == null) {
                return null;
            }
        }
        Attribute value = new Attribute(a.attribute().name(), element, arguments.get(arguments.size() - 1),
                a.attribute().declaringType());
        if (!attributes.mapElements(value, owner.entity().getSimpleName().toString(), AttributeCollector.defaultAccess(
                owner.entity()), context.report(), values, nested,
                kind == AssociationMapper.CollectionKind.MAP ? "value" : null)) {
            return null;
        }
        if (!nested.isEmpty()) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + nested.get(0).kind().annotation() + " in the"
                    + " elements of " + where + " is not supported yet by Migrate. Map the elements as an entity",
                    nested.get(0).attribute().element(), nested.get(0).annotation());
            return null;
        }
        List<Column> columns = new ArrayList<>(ownerColumns.stream().map(j -> j.column().withNullable(false)).toList());
        List<JoinColumnReader.Joined> key = new ArrayList<>();
        JoinColumnReader.Joined position = null;
        if (kind == AssociationMapper.CollectionKind.LIST) {
            position = relationships.orderColumn(context); // the position keys the table as a map key does
            if (position == null) {
                return null;
            }
            key.add(position);
        } else if (mapKey != null) {
            key.addAll(mapKey.columns());
        }
        key.forEach(k -> columns.add(k.column()));
        values.forEach(v -> columns.add(v.column()));
        if (columns.stream().map(Column::name).distinct().count() < columns.size()) {
            context.report().error(Code.DUPLICATE_COLUMN, "The collection table " + name.name() + " of " + where
                    + " would have two columns of one name (" + columns.stream().map(Column::name).toList() + ")."
                    + " Rename one with @CollectionTable(joinColumns = @JoinColumn(name = \"...\")) or @Column(name ="
                    + " \"...\")", element, a.annotation());
            return null;
        }
        List<String> ownerNames = ownerColumns.stream().map(j -> j.column().name()).toList();
        ForeignKey ownerKey = joinColumns.foreignKey(ownerSide, name.name(), ownerNames, owner.qualifiedTable(),
                ownerColumns.stream().map(JoinColumnReader.Joined::referenced).toList(), relationships.onDelete(a));
        if (ownerKey == JoinColumnReader.INVALID) {
            return null;
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        if (ownerKey != null) {
            foreignKeys.add(ownerKey);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        PrimaryKey primaryKey = null;
        if (!key.isEmpty()) {
            List<JoinColumnReader.Joined> keyColumns = new ArrayList<>(ownerColumns);
            keyColumns.addAll(key);
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), HibernateColumnOrder.sorted(keyColumns));
        }
        List<MappedColumn> checked = new ArrayList<>(values);
        List<dev.optionsdeep.migrate.schema.CheckConstraint> derivedChecks = new ArrayList<>();
        if (mapKey != null) {
            foreignKeys.addAll(mapKey.foreignKeys());
            checked.addAll(0, mapKey.mapped());
            derivedChecks.addAll(mapKey.checks());
        }
        if (position != null && line.checksListPositions()) {
            derivedChecks.add(AssociationMapper.positionCheck(name.name(), position));
        }
        if (kind == AssociationMapper.CollectionKind.SET) {
            List<String> unique = new ArrayList<>(ownerNames);
            values.stream().sorted(java.util.Comparator.comparing(MappedColumn::path))
                    .forEach(v -> unique.add(v.column().name()));
            if (primaryKey == null && !values.isEmpty() && values.stream().noneMatch(v -> v.column().nullable())) {
                // Elements that cannot be null key the table, as Hibernate 7.4 exports a Set of them.
                primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), unique);
            } else if (line.uniqueSetsOfNullables()) {
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(name.name(), unique, "key"), unique));
            }
        }
        // The elements' checks (enums, converters, @Column(check)), then the position's.
        Optional<List<dev.optionsdeep.migrate.schema.CheckConstraint>> checks = CheckReader.columnsOf(elements,
                owner.entity(), name.name(), context.report()).read(checked, derivedChecks);
        if (checks.isEmpty()) {
            return null;
        }
        ConstraintReader.Constraints declared = relationships.declaredConstraints(owner, table, name.name(), columns,
                context.report());
        if (declared == null) {
            return null;
        }
        uniques.addAll(declared.uniqueConstraints());
        return new AssociationMapper.JoinTable(new Table(Table.qualified(joinColumns.schema(table), name.name()), columns,
                primaryKey, uniques, declared.indexes(), foreignKeys, checks.get()), element);
    }
}
