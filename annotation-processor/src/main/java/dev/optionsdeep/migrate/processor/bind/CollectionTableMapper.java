package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Attribute;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    private final CollectionKinds kinds;
    private final OrderColumns orders;
    private final RelationshipAnnotations annotations;
    private final AssociationMapper relationships;

    CollectionTableMapper(Elements elements, Naming naming, JoinColumnReader joinColumns, AttributeMapper attributes,
                          CollectionKinds kinds, OrderColumns orders,
                          RelationshipAnnotations annotations, AssociationMapper relationships) {
        this.elements = elements;
        this.naming = naming;
        this.joinColumns = joinColumns;
        this.attributes = attributes;
        this.kinds = kinds;
        this.orders = orders;
        this.annotations = annotations;
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
        CollectionKind kind = kinds.of(a, where, context.report());
        if (kind == null || !supported(context)) {
            return null;
        }
        TableAnnotation table = Mapping.of(element, elements).declaredCollectionTable().orElse(null);
        if (table != null && !JoinAnnotations.supported(naming, context, table)) {
            return null;
        }
        TypeMirror elementType = elementType(context, kind);
        PhysicalNames.Resolved name = elementType == null ? null : name(context, owner, table);
        if (name == null) {
            return null;
        }
        JoinColumnReader.Context ownerSide = context.joinTableSide(table, JoinColumnReader.Context.Side.OWNER);
        List<JoinColumnReader.Joined> ownerColumns = joinColumns.read(ownerSide, owner.asTarget(), owner.names().entity(),
                false);
        if (ownerColumns == null || !JoinColumnMutability.consistent(context, ownerColumns)) {
            return null;
        }
        MapKeys.Key mapKey = null;
        if (kind == CollectionKind.MAP) {
            mapKey = new MapKeys(elements, naming, attributes).read(context, name.name(), targets);
            if (mapKey == null) {
                return null;
            }
        }
        List<MappedColumn> values = values(context, owner, elementType, kind);
        // Hibernate checks a basic element's column, not an embeddable's columns (checked with 6.6, 7.2 and 7.4).
        boolean basic = values != null && values.size() == 1 && values.get(0).attribute() != null
                && values.get(0).attribute().element().equals(element);
        if (values == null || basic && !JoinColumnMutability.consistentElement(context, values)) {
            return null;
        }
        // The position keys the table as a map key does.
        JoinColumnReader.Joined position = kind == CollectionKind.LIST ? orders.orderColumn(context) : null;
        if (kind == CollectionKind.LIST && position == null) {
            return null;
        }
        Parts parts = new Parts(name.name(), ownerSide, ownerColumns, values, position, mapKey);
        return table(context, owner, kind, table, parts);
    }

    /** What Migrate does not map yet; false after reporting. */
    private static boolean supported(JoinColumnReader.Context context) {
        Association a = context.association();
        if (a.path().contains(".")) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@ElementCollection on " + context.where() + ","
                    + " inside an embeddable, is not supported yet by Migrate. Move the collection to the entity",
                    a.attribute().element(), a.annotation());
            return false;
        }
        return true;
    }

    /** The type of the collection's elements (a map's values); null after reporting a raw collection. */
    private static TypeMirror elementType(JoinColumnReader.Context context, CollectionKind kind) {
        Association a = context.association();
        List<? extends TypeMirror> arguments = a.attribute().type() instanceof DeclaredType d ? d.getTypeArguments()
                : List.of();
        if (arguments.size() != (kind == CollectionKind.MAP ? 2 : 1)) {
            context.report().error(Code.INVALID_RELATIONSHIP, context.where() + " is a raw collection, so Migrate"
                    + " cannot tell what it holds. Give its element type (Set<String>)", a.attribute().element(),
                    a.annotation());
            return null;
        }
        return arguments.get(arguments.size() - 1);
    }

    /** {@code @CollectionTable(name)}, else {@code <entity name>_<attribute>}; null after reporting. */
    private PhysicalNames.Resolved name(JoinColumnReader.Context context, AssociationMapper.Owner owner,
                                        TableAnnotation table) {
        Association a = context.association();
        String written = table == null || table.name().isEmpty()
                ? owner.names().entity() + "_" + a.attribute().name() : table.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The collection table name \"" + written + "\" of "
                    + context.where() + " cannot be used: " + name.problem() + ". Set it with @CollectionTable(name ="
                    + " \"...\")", a.attribute().element(), table == null ? a.annotation() : table.mirror());
            return null;
        }
        return name;
    }

    /** The element's columns: the attribute's own, or its embeddable's; null after reporting. */
    private List<MappedColumn> values(JoinColumnReader.Context context, AssociationMapper.Owner owner,
                                      TypeMirror elementType, CollectionKind kind) {
        Association a = context.association();
        List<MappedColumn> values = new ArrayList<>();
        List<Association> nested = new ArrayList<>();
        Attribute value = new Attribute(a.attribute().name(), a.attribute().element(), elementType,
                a.attribute().declaringType());
        if (!attributes.mapElements(value, owner.entity().getSimpleName().toString(), AttributeCollector.defaultAccess(
                owner.entity()), context.report(), values, nested,
                kind == CollectionKind.MAP ? "value" : null)) {
            return null;
        }
        if (!nested.isEmpty()) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@" + nested.get(0).kind().annotation() + " in the"
                    + " elements of " + context.where() + " is not supported yet by Migrate. Map the elements as an"
                    + " entity", nested.get(0).attribute().element(), nested.get(0).annotation());
            return null;
        }
        return values;
    }

    /** The columns of a collection table: the owner's, a list's position or a map's key, the element's. */
    private record Parts(String table, JoinColumnReader.Context ownerSide, List<JoinColumnReader.Joined> ownerColumns,
                         List<MappedColumn> values, JoinColumnReader.Joined position, MapKeys.Key mapKey) {

        /** What keys the table beside the owner's columns: a list's position, or a map's key. */
        List<JoinColumnReader.Joined> key() {
            return position != null ? List.of(position) : mapKey != null ? mapKey.columns() : List.of();
        }
    }

    /** The table of those columns with its keys and constraints; null after reporting. */
    private AssociationMapper.JoinTable table(JoinColumnReader.Context context, AssociationMapper.Owner owner,
                                              CollectionKind kind, TableAnnotation table, Parts parts) {
        Association a = context.association();
        String name = parts.table();
        List<Column> columns = new ArrayList<>(parts.ownerColumns().stream().map(j -> j.column().withNullable(false))
                .toList());
        parts.key().forEach(k -> columns.add(k.column()));
        parts.values().forEach(v -> columns.add(v.column()));
        if (columns.stream().map(Column::name).distinct().count() < columns.size()) {
            context.report().error(Code.DUPLICATE_COLUMN, "The collection table " + name + " of " + context.where()
                    + " would have two columns of one name (" + columns.stream().map(Column::name).toList() + ")."
                    + " Rename one with @CollectionTable(joinColumns = @JoinColumn(name = \"...\")) or @Column(name ="
                    + " \"...\")", a.attribute().element(), a.annotation());
            return null;
        }
        List<ForeignKey> foreignKeys = foreignKeys(a, owner, parts);
        if (foreignKeys == null) {
            return null;
        }
        Optional<List<CheckConstraint>> checks = checks(context, owner, parts);
        if (checks.isEmpty()) {
            return null;
        }
        ConstraintReader.Constraints declared = relationships.declaredConstraints(owner, table, name, columns,
                context.report());
        if (declared == null) {
            return null;
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        // 7.4 keys a set only when its table declares no unique constraint (checked with its export).
        boolean keyedSet = declared.uniqueConstraints().isEmpty() || !relationships.line().setKeysYieldToDeclaredUniques();
        PrimaryKey primaryKey = primaryKey(kind, parts, uniques, keyedSet && relationships.line().uniqueSetsOfNullables(),
                keyedSet);
        uniques.addAll(declared.uniqueConstraints());
        return new AssociationMapper.JoinTable(new Table(Table.qualified(JoinAnnotations.schema(naming, table), name), columns,
                primaryKey, uniques, declared.indexes(), foreignKeys, checks.get()), a.attribute().element());
    }

    /** The foreign key to the owner, then a map key's; null after reporting. */
    private List<ForeignKey> foreignKeys(Association a, AssociationMapper.Owner owner, Parts parts) {
        List<String> ownerNames = parts.ownerColumns().stream().map(j -> j.column().name()).toList();
        ForeignKey ownerKey = joinColumns.foreignKey(parts.ownerSide(), parts.table(), ownerNames, owner.qualifiedTable(),
                parts.ownerColumns().stream().map(JoinColumnReader.Joined::referenced).toList(), annotations.onDelete(a));
        if (ownerKey == JoinColumnReader.INVALID) {
            return null;
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        if (ownerKey != null) {
            foreignKeys.add(ownerKey);
        }
        if (parts.mapKey() != null) {
            foreignKeys.addAll(parts.mapKey().foreignKeys());
        }
        return foreignKeys;
    }

    /**
     * The owner's columns with the position or map key; for a set, all its columns, as the key when the elements
     * cannot be null (as Hibernate 7.4 exports a Set of them), else as a unique constraint added to {@code uniques};
     * neither unless {@code keyedSet} (7.4: the table declares no unique constraint).
     */
    private static PrimaryKey primaryKey(CollectionKind kind, Parts parts, List<UniqueConstraint> uniques,
                                         boolean uniqueNullables, boolean keyedSet) {
        String name = parts.table();
        PrimaryKey primaryKey = null;
        if (!parts.key().isEmpty()) {
            List<JoinColumnReader.Joined> keyColumns = new ArrayList<>(parts.ownerColumns());
            keyColumns.addAll(parts.key());
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name), HibernateColumnOrder.sorted(keyColumns));
        }
        if (kind == CollectionKind.SET) {
            List<String> unique = new ArrayList<>(parts.ownerColumns().stream().map(j -> j.column().name()).toList());
            List<MappedColumn> values = parts.values();
            values.stream().sorted(java.util.Comparator.comparing(MappedColumn::path))
                    .forEach(v -> unique.add(v.column().name()));
            if (primaryKey == null && keyedSet && !values.isEmpty()
                    && values.stream().noneMatch(v -> v.column().nullable())) {
                primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name), unique);
            } else if (uniqueNullables) { // 7.4's: not 6.6's nor 7.2's
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(name, unique, "key"), unique));
            }
        }
        return primaryKey;
    }

    /** The map key's and the elements' checks (enums, converters, {@code @Column(check)}), then the position's. */
    private Optional<List<CheckConstraint>> checks(JoinColumnReader.Context context, AssociationMapper.Owner owner,
                                                   Parts parts) {
        List<MappedColumn> checked = new ArrayList<>(parts.values());
        List<CheckConstraint> derivedChecks = new ArrayList<>();
        if (parts.mapKey() != null) {
            checked.addAll(0, parts.mapKey().mapped());
            derivedChecks.addAll(parts.mapKey().checks());
        }
        if (parts.position() != null && orders.checksPositions()) {
            derivedChecks.add(OrderColumns.positionCheck(parts.table(), parts.position()));
        }
        return CheckReader.columnsOf(elements, owner.entity(), parts.table(), context.report()).read(checked,
                derivedChecks);
    }
}
