package dev.optionsdeep.migrate.processor;

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

    CollectionTableMapper(Elements elements, Naming naming, JoinColumnReader joinColumns, AttributeMapper attributes,
                          AssociationMapper relationships) {
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
    AssociationMapper.JoinTable map(JoinColumnReader.Context context, AssociationMapper.Owner owner) {
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
        JoinColumnReader.Joined key = null;
        if (kind == AssociationMapper.CollectionKind.MAP) {
            key = mapKey(context, arguments.get(0));
            if (key == null) {
                return null;
            }
        }
        Attribute value = new Attribute(a.attribute().name(), element, arguments.get(arguments.size() - 1),
                a.attribute().declaringType());
        if (!attributes.mapElements(value, owner.entity().getSimpleName().toString(), AttributeCollector.defaultAccess(
                owner.entity()), context.report(), values, nested)) {
            return null;
        }
        if (!nested.isEmpty()) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + nested.get(0).kind().annotation() + " in the"
                    + " elements of " + where + " is not supported yet by Migrate. Map the elements as an entity",
                    nested.get(0).attribute().element(), nested.get(0).annotation());
            return null;
        }
        List<Column> columns = new ArrayList<>(ownerColumns.stream().map(j -> j.column().withNullable(false)).toList());
        if (kind == AssociationMapper.CollectionKind.LIST) {
            key = relationships.orderColumn(context); // the position keys the table as a map key does
            if (key == null) {
                return null;
            }
        }
        if (key != null) {
            columns.add(key.column());
        }
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
        List<UniqueConstraint> uniques = new ArrayList<>();
        PrimaryKey primaryKey = null;
        if (key != null) {
            List<JoinColumnReader.Joined> keyColumns = new ArrayList<>(ownerColumns);
            keyColumns.add(key);
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), HibernateColumnOrder.sorted(keyColumns));
        }
        if (kind == AssociationMapper.CollectionKind.SET) {
            List<String> unique = new ArrayList<>(ownerNames);
            values.stream().sorted(java.util.Comparator.comparing(MappedColumn::path))
                    .forEach(v -> unique.add(v.column().name()));
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(name.name(), unique, "key"), unique));
        }
        // The elements' checks (enums, converters, @Column(check)), then the position's.
        Optional<List<dev.optionsdeep.migrate.schema.CheckConstraint>> checks = CheckReader.columnsOf(elements,
                owner.entity(), name.name(), context.report()).read(values, kind == AssociationMapper.CollectionKind.LIST
                ? List.of(AssociationMapper.positionCheck(name.name(), key)) : List.of());
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
                primaryKey, uniques, declared.indexes(), ownerKey == null ? List.of() : List.of(ownerKey), checks.get()),
                element);
    }

    /**
     * The key column of a map of values: {@code @MapKeyColumn(name)}, else {@code <attribute>_KEY}, with
     * its length, precision and scale; not null, as it is part of the table's key. Null after reporting.
     */
    private JoinColumnReader.Joined mapKey(JoinColumnReader.Context context, TypeMirror keyType) {
        Element element = context.association().attribute().element();
        Attributes column = JpaAnnotations.find(element, "MapKeyColumn").map(m -> new Attributes(m, elements))
                .orElse(null);
        if (column != null) {
            for (String attribute : List.of("columnDefinition", "table", "options")) {
                if (!column.string(attribute).isEmpty()) {
                    context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@MapKeyColumn(" + attribute + " = \""
                            + column.string(attribute) + "\") on " + context.where() + " is not supported yet by"
                            + " Migrate. Remove it", element, column.mirror(), column.explicitValue(attribute));
                    return null;
                }
            }
        }
        Optional<MappedType> type = MappedType.of(keyType);
        if (type.isEmpty()) {
            context.report().error(Code.UNSUPPORTED_TYPE, "The keys of " + context.where() + " have type " + keyType
                    + ", which Migrate cannot map to a column yet. Supported types: " + MappedType.SUPPORTED,
                    element, context.association().annotation());
            return null;
        }
        String written = column == null || column.string("name").isEmpty()
                ? context.association().attribute().name() + "_KEY" : column.string("name");
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The map key column name \"" + written + "\" of "
                    + context.where() + " cannot be used: " + name.problem() + ". Set it with @MapKeyColumn(name ="
                    + " \"...\")", element, column == null ? context.association().annotation() : column.mirror());
            return null;
        }
        TypeMapper.Size size = column == null ? TypeMapper.Size.DEFAULT : new TypeMapper.Size(
                column.integer("length", TypeMapper.DEFAULT_LENGTH), column.integer("precision", 0),
                column.integer("scale", 0), -1);
        String sqlType = new TypeMapper(context.report(), element, keyType, column, element,
                context.where() + " (its keys)").sqlType(type.get(), size);
        if (sqlType == null) {
            return null;
        }
        String stripped = written.strip();
        return new JoinColumnReader.Joined(new Column(name.name(), sqlType, false, false), name.name(),
                HibernateColumnOrder.sortName(written, naming), false, element,
                column == null ? context.association().annotation() : column.mirror(),
                PhysicalNames.isQuoted(stripped) ? stripped.substring(1, stripped.length() - 1) : stripped);
    }
}
