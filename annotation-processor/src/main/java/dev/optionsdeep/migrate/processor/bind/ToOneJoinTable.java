package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.BeanValidation;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.MappingValues.RelationshipAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.JoinColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.lang.model.util.Elements;

/**
 * A {@code @ManyToOne} or owning {@code @OneToOne} with {@code @JoinTable}, as Hibernate maps it (its
 * {@code ToOneBinder} adds the join table to the owner as a secondary table): the owner's table gets no column; the
 * join table is keyed by the owner's key columns ({@code joinColumns}, else named as the owner's key columns) with a
 * foreign key to the owner, and holds the target's join columns ({@code inverseJoinColumns}, else
 * {@code <attribute>_<target key>}) with their foreign key, unique for a one-to-one; both foreign keys keep the
 * names Hibernate makes up, as it ignores {@code @JoinTable(foreignKey, inverseForeignKey)} names here. Checked with the export of
 * 6.6, 7.2 and 7.4, which differ only in the target columns' nullability ({@link HibernateLine#toOneJoinTablesNotNull}).
 * What this does not model is reported, never mapped as if the join table were not there.
 */
final class ToOneJoinTable {

    private final Elements elements;
    private final Naming naming;
    private final JoinColumnReader joinColumns;
    private final RelationshipAnnotations annotations;
    private final BeanValidation validation;
    private final AssociationMapper relationships;

    ToOneJoinTable(Elements elements, Naming naming, JoinColumnReader joinColumns, RelationshipAnnotations annotations,
                   BeanValidation validation, AssociationMapper relationships) {
        this.elements = elements;
        this.naming = naming;
        this.joinColumns = joinColumns;
        this.annotations = annotations;
        this.validation = validation;
        this.relationships = relationships;
    }

    /** The join table; null after reporting. */
    AssociationMapper.JoinTable map(JoinColumnReader.Context context, RelationshipAnnotation relationship,
                                    TableAnnotation joinTable, MappedEntity target) {
        Association a = context.association();
        if (!modelled(context, joinTable) || !JoinAnnotations.supported(naming, context, joinTable)) {
            return null;
        }
        PhysicalNames.Resolved name = name(context, joinTable, target);
        if (name == null) {
            return null;
        }
        String table = name.name();
        JoinColumnReader.Context ownerSide = context.joinTableSide(joinTable, JoinColumnReader.Context.Side.OWNER);
        JoinColumnReader.Context targetSide = context.joinTableSide(joinTable, JoinColumnReader.Context.Side.TARGET);
        MappedEntity owner = context.owner().asTarget();
        List<Column> keyColumns = ownerColumns(ownerSide, owner);
        // 6.6 and 7.2 keep the target's columns nullable unless the relationship is mandatory; 7.4 makes them not
        // null whatever it says (checked with each line's export).
        boolean optional = !relationships.line().toOneJoinTablesNotNull() && relationship.optional()
                && !validation.notNull(a.attribute().element(), a.origin());
        List<JoinColumnReader.Joined> targetColumns = keyColumns == null ? null
                : joinColumns.read(targetSide, target, a.attribute().name(), optional);
        if (targetColumns == null) {
            return null;
        }
        List<String> key = keyColumns.stream().map(Column::name).toList();
        List<String> targetNames = targetColumns.stream().map(j -> j.column().name()).toList();
        List<Column> columns = new ArrayList<>(keyColumns);
        targetColumns.forEach(j -> columns.add(j.column()));
        if (columns.stream().map(Column::name).distinct().count() < columns.size()) {
            context.report().error(Code.DUPLICATE_COLUMN, "The join table " + table + " of " + context.where()
                    + " would have two columns of one name (" + columns.stream().map(Column::name).toList() + "). Name"
                    + " them with @JoinTable(joinColumns = @JoinColumn(name = \"...\"), inverseJoinColumns ="
                    + " @JoinColumn(name = \"...\"))", a.attribute().element(), joinTable.mirror());
            return null;
        }
        List<ForeignKey> keys = foreignKeys(context, table, key, target, targetColumns);
        ConstraintReader.Constraints declared = relationships.declaredConstraints(context.owner(), joinTable, table,
                columns, context.report());
        if (declared == null) {
            return null;
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        if (a.kind() == Association.Kind.ONE_TO_ONE) {
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(table, targetNames, "key"),
                    HibernateColumnOrder.sorted(targetColumns)));
        }
        uniques.addAll(declared.uniqueConstraints());
        // In the default schema unless @JoinTable(schema), as the other join tables.
        return new AssociationMapper.JoinTable(new Table(Table.qualified(JoinAnnotations.schema(naming, joinTable), table),
                columns, new PrimaryKey(PhysicalNames.primaryKeyName(table), key), uniques, declared.indexes(), keys,
                List.of()), a.attribute().element());
    }

    /**
     * {@code @JoinTable(name)}; without one, Hibernate names the table in a second pass as the implicit naming
     * strategy names a collection's join table: {@code <owner table>_<target table>} (JPA),
     * {@code <owner table>_<attribute>} (Spring Boot's), from the tables' logical names (checked with the exports of
     * 6.6, 7.2 and 7.4, each naming). Null after reporting.
     */
    private PhysicalNames.Resolved name(JoinColumnReader.Context context, TableAnnotation joinTable, MappedEntity target) {
        Association a = context.association();
        String written = joinTable.name().isBlank()
                ? naming.joinTable(context.owner().names().table(), a.attribute().name(), target.names().table())
                : joinTable.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The join table name \"" + written + "\" of "
                    + context.where() + " cannot be used: " + name.problem() + ". Correct it in @JoinTable(name = \"...\")",
                    a.attribute().element(), joinTable.mirror());
            return null;
        }
        return name;
    }

    /**
     * The foreign keys to the owner and to the target, named as Hibernate names them whatever
     * {@code @JoinTable(foreignKey, inverseForeignKey)} says: 6.6, 7.2 and 7.4 all ignore those names here (checked
     * with each line's export).
     */
    private static List<ForeignKey> foreignKeys(JoinColumnReader.Context context, String table, List<String> key,
                                                MappedEntity target, List<JoinColumnReader.Joined> targetColumns) {
        List<String> targetNames = targetColumns.stream().map(j -> j.column().name()).toList();
        return List.of(
                new ForeignKey(PhysicalNames.constraintName(table, key, "fkey"), key, context.owner().qualifiedTable(),
                        context.owner().ids().stream().map(c -> c.column().name()).toList()),
                new ForeignKey(PhysicalNames.constraintName(table, targetNames, "fkey"), targetNames,
                        target.table().name(), targetColumns.stream().map(JoinColumnReader.Joined::referenced).toList()));
    }

    /**
     * The join table's key: the owner's key columns as the owner names them, or as {@code joinColumns} renames them
     * (each by name, in the order of the owner's key); null after reporting.
     */
    private List<Column> ownerColumns(JoinColumnReader.Context side, MappedEntity owner) {
        List<MappedColumn> ids = side.owner().ids();
        if (side.tableColumns().isEmpty()) {
            return ids.stream().map(c -> new Column(c.column().name(), c.column().type(), false, false)).toList();
        }
        List<JoinColumnReader.Joined> joined = joinColumns.read(side, owner, side.owner().names().entity(), false);
        return joined == null ? null : joined.stream().map(j -> j.column().withNullable(false)).toList();
    }

    /** Whether a {@code @JoinTable(foreignKey)} is absent or says no more than a name (which Hibernate ignores here). */
    private static boolean plainName(ForeignKeyAnnotation fk) {
        return fk == null || !fk.noConstraint() && fk.refused().isEmpty();
    }

    /** False after reporting what Migrate does not model of a to-one's join table (so the snapshot is incomplete). */
    private boolean modelled(JoinColumnReader.Context context, TableAnnotation joinTable) {
        Association a = context.association();
        String problem = null;
        if (a.path().contains(".") || a.inId() || a.mapsId()) {
            problem = "is inside an embeddable or part of the key";
        } else if (RelationshipAnnotations.hasJoinColumns(a)) {
            problem = "comes with @JoinColumn as well";
        } else if (RelationshipAnnotations.notFound(a).isPresent() || !annotations.onDelete(a).equals(ForeignKey.NO_ACTION)) {
            problem = "comes with @NotFound or @OnDelete";
        } else if (!plainName(joinTable.foreignKey()) || !plainName(joinTable.inverseForeignKey())
                || Stream.concat(joinTable.joinColumns().stream(), joinTable.inverseJoinColumns().stream())
                        .anyMatch(j -> j.foreignKey() != null)) {
            problem = "has a @ForeignKey other than a name (NO_CONSTRAINT, a definition), or a @JoinColumn(foreignKey)";
        } else if (joinTable.joinColumns().stream().map(JoinColumnAnnotation::name).anyMatch(String::isBlank)) {
            problem = "has joinColumns without a name";
        } else if (!joinTable.joinColumns().isEmpty() && joinTable.joinColumns().size() != context.owner().ids().size()) {
            problem = "has joinColumns that do not pair with the key of " + context.owner().entity().getSimpleName();
        }
        if (problem == null) {
            return true;
        }
        context.report().error(Code.UNSUPPORTED_FIELD_MAPPING, "@JoinTable on " + context.where() + ", a @"
                + a.kind().annotation() + ", " + problem + ", which Migrate does not map yet; the snapshot leaves the"
                + " relationship out. Give the join table a name and its columns explicitly, map the relationship"
                + " with @JoinColumn instead, or exclude the attribute and create the table in a revision",
                a.attribute().element(), joinTable.mirror());
        return false;
    }
}
