package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.AnyMapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.util.Elements;

/**
 * Hibernate's {@code @ManyToAny} (a collection of references to entities of several types), as Hibernate 7.4
 * exports it: a join table, {@code @JoinTable(name)}, else {@code <owner table>_null} (Hibernate names it after a
 * target table there is none of, so two unnamed ones of an entity are one table); the owner's join columns, not null,
 * with a foreign key; the discriminator, {@code @Column(name)} else the attribute's name, nullable, typed as
 * {@code @Any}'s; the key, {@code @JoinTable(inverseJoinColumns = @JoinColumn(name))} else {@code <attribute>_id},
 * not null, typed by {@code @AnyKeyJavaClass}, with no foreign key. A {@code Set} has all three unique together (the
 * nullable discriminator keeps them from being a primary key), a {@code List} with {@code @OrderColumn} is keyed by
 * the owner and the position, a bag has no key.
 */
final class ManyToAnyMapper {

    private final Elements elements;
    private final Naming naming;
    private final JoinColumnReader joinColumns;
    private final CollectionKinds kinds;
    private final OrderColumns orders;
    private final AssociationMapper relationships;

    ManyToAnyMapper(Elements elements, Naming naming, JoinColumnReader joinColumns, CollectionKinds kinds,
                    OrderColumns orders, AssociationMapper relationships) {
        this.elements = elements;
        this.naming = naming;
        this.joinColumns = joinColumns;
        this.kinds = kinds;
        this.orders = orders;
        this.relationships = relationships;
    }

    /** The join table of the {@code @ManyToAny}; null after reporting. */
    AssociationMapper.JoinTable map(JoinColumnReader.Context context) {
        Association a = context.association();
        AnyMapping.Any any = AnyMapping.of(a.attribute().element(), elements).manyToAny().orElseThrow();
        TableAnnotation joinTable = Mapping.of(a.attribute().element(), elements).declaredJoinTable().orElse(null);
        if (!supported(context, any, joinTable)) {
            return null;
        }
        CollectionKind kind = kinds.of(a, context.where(), context.report());
        if (kind == null || kind == CollectionKind.MAP) {
            if (kind != null) {
                context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@ManyToAny on " + context.where() + ", a Map,"
                        + " is not supported yet by Migrate. Declare a Set or a List, or exclude the attribute",
                        a.attribute().element(), a.annotation());
            }
            return null;
        }
        PhysicalNames.Resolved name = name(context, joinTable);
        JoinColumnReader.Context ownerSide = context.joinTableSide(joinTable, JoinColumnReader.Context.Side.OWNER);
        List<JoinColumnReader.Joined> owner = name == null ? null
                : joinColumns.read(ownerSide, context.owner().asTarget(), context.owner().names().entity(), false);
        Column discriminator = column(context, any.discriminatorName().isEmpty() ? a.attribute().name()
                : any.discriminatorName(), AnyColumns.DISCRIMINATORS.get(any.discriminatorType()), true,
                any.discriminatorAt());
        Column key = column(context, any.keyName().isEmpty() ? a.attribute().name() + "_id" : any.keyName(),
                AnyColumns.KEYS.get(any.keyType()), false, any.keyAt());
        JoinColumnReader.Joined position = kind == CollectionKind.LIST ? orders.orderColumn(context) : null;
        if (owner == null || discriminator == null || key == null || kind == CollectionKind.LIST && position == null) {
            return null;
        }
        return table(context, joinTable, name.name(), ownerSide, owner, discriminator, key, position,
                kind == CollectionKind.SET);
    }

    /** The table of the columns read; null after reporting. */
    private AssociationMapper.JoinTable table(JoinColumnReader.Context context, TableAnnotation joinTable, String name,
                                              JoinColumnReader.Context ownerSide, List<JoinColumnReader.Joined> owner,
                                              Column discriminator, Column key, JoinColumnReader.Joined position,
                                              boolean set) {
        Association a = context.association();
        List<Column> columns = new ArrayList<>(owner.stream().map(j -> j.column().withNullable(false)).toList());
        columns.add(discriminator);
        columns.add(key);
        List<String> ownerNames = owner.stream().map(j -> j.column().name()).toList();
        List<String> unique = new ArrayList<>(ownerNames);
        unique.add(discriminator.name());
        unique.add(key.name());
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        if (position != null) {
            columns.add(position.column());
            List<JoinColumnReader.Joined> keyed = new ArrayList<>(owner);
            keyed.add(position);
            primaryKey = new PrimaryKey(PhysicalNames.primaryKeyName(name), HibernateColumnOrder.sorted(keyed));
            if (relationships.line().checksListPositions()) {
                checks.add(OrderColumns.positionCheck(name, position));
            }
        } else if (set && relationships.line().uniqueSetsOfNullables()) { // 6.6 and 7.2: none
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(name, unique, "key"), unique));
        }
        if (columns.stream().map(Column::name).distinct().count() < columns.size()) {
            context.report().error(Code.DUPLICATE_COLUMN, "The join table " + name + " of " + context.where() + " would"
                    + " have two columns of one name (" + columns.stream().map(Column::name).toList() + "). Name them"
                    + " with @Column(name = \"...\") and @JoinTable(joinColumns = @JoinColumn(name = \"...\"),"
                    + " inverseJoinColumns = @JoinColumn(name = \"...\"))", a.attribute().element(), a.annotation());
            return null;
        }
        ForeignKey ownerKey = joinColumns.foreignKey(ownerSide, name, ownerNames, context.owner().asTarget().table().name(),
                owner.stream().map(JoinColumnReader.Joined::referenced).toList(), ForeignKey.NO_ACTION);
        ConstraintReader.Constraints declared = ownerKey == JoinColumnReader.INVALID ? null
                : relationships.declaredConstraints(context.owner(), joinTable, name, columns, context.report());
        if (declared == null) {
            return null;
        }
        if (!declared.uniqueConstraints().isEmpty() && relationships.line().setKeysYieldToDeclaredUniques()) {
            uniques.clear(); // 7.4 adds its own to a set's table only when it declares none (checked with its export)
        }
        uniques.addAll(declared.uniqueConstraints());
        // In the default schema unless @JoinTable(schema), as other join tables.
        return new AssociationMapper.JoinTable(new Table(Table.qualified(JoinAnnotations.schema(naming, joinTable), name),
                columns, primaryKey, uniques, declared.indexes(), ownerKey == null ? List.of() : List.of(ownerKey), checks),
                a.attribute().element());
    }

    /** False after reporting what Hibernate refuses or Migrate does not follow. */
    private boolean supported(JoinColumnReader.Context context, AnyMapping.Any any, TableAnnotation joinTable) {
        Association a = context.association();
        if (joinTable == null) {
            context.report().error(Code.INVALID_RELATIONSHIP, "@ManyToAny on " + context.where() + " has no @JoinTable,"
                    + " so Hibernate refuses to start (\"must specify a '@JoinTable'\"). Add @JoinTable(name = \"...\")",
                    a.attribute().element(), a.annotation());
            return false;
        }
        if (any.keyName().isEmpty() && !relationships.line().namesAnyKeysImplicitly()) {
            context.report().error(Code.INVALID_RELATIONSHIP, "@ManyToAny on " + context.where() + " leaves its key"
                    + " column unnamed, with which Hibernate " + relationships.line().option() + " fails to start (a"
                    + " NullPointerException; 7.4 names it <attribute>_id). Name it with @JoinTable(inverseJoinColumns ="
                    + " @JoinColumn(name = \"...\"))", a.attribute().element(), any.mirror());
            return false;
        }
        if (!any.refused().isEmpty() || AnyColumns.KEYS.get(any.keyType()) == null) {
            context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@ManyToAny on " + context.where() + " is mapped by"
                    + " Migrate with @AnyDiscriminator, @AnyKeyJavaClass(Long, Integer, Short, String or UUID),"
                    + " @Column(name) and @JoinTable with one named inverse join column only; "
                    + (AnyColumns.KEYS.get(any.keyType()) == null ? "@AnyKeyJavaClass is missing or names another type"
                    : String.join(", ", any.refused()) + " is not followed yet") + ". Write it so, or exclude the"
                    + " attribute", a.attribute().element(), any.mirror());
            return false;
        }
        return JoinAnnotations.supported(naming, context, joinTable);
    }

    /** {@code @JoinTable(name)}, else {@code <owner table>_null} as Hibernate 7.4 names it; null after reporting. */
    private PhysicalNames.Resolved name(JoinColumnReader.Context context, TableAnnotation joinTable) {
        String written = joinTable.name().isEmpty() ? naming.joinTable(context.owner().names().table(),
                context.association().attribute().name(), "null") : joinTable.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The join table name \"" + written + "\" of " + context.where()
                    + " cannot be used: " + name.problem() + ". Set it with @JoinTable(name = \"...\")",
                    context.association().attribute().element(), joinTable.mirror());
            return null;
        }
        return name;
    }

    private Column column(JoinColumnReader.Context context, String written, String type, boolean nullable,
                          AnnotationMirror at) {
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The column name \"" + written + "\" of " + context.where()
                    + " cannot be used: " + name.problem(), context.association().attribute().element(), at);
            return null;
        }
        return new Column(name.name(), type, nullable, false);
    }
}
