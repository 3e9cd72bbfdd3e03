package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.BeanValidation;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.MappingValues.RelationshipAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps the relationships of one entity, as Hibernate 7.4 does (each rule checked against its schema
 * export): the join columns of a {@code @ManyToOne} or owning {@code @OneToOne} in the entity's table,
 * or with {@code @JoinTable} in a join table keyed by the entity ({@link ToOneJoinTable}), those of a
 * {@code @OneToMany @JoinColumn} in the target's table, and a join table for any other
 * {@code @OneToMany} or {@code @ManyToMany} without {@code mappedBy}. A {@code mappedBy} side maps nothing.
 */
final class AssociationMapper {

    /** What the relationships of an entity add; {@code joinTables} hold their attribute for diagnostics. */
    record Mapped(List<MappedColumn> columns, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys,
                  List<JoinTable> joinTables, List<MappedEntity.ForeignColumn> foreignColumns) {

        Mapped plus(Mapped other) {
            return new Mapped(concat(columns, other.columns), concat(uniques, other.uniques),
                    concat(foreignKeys, other.foreignKeys), concat(joinTables, other.joinTables),
                    concat(foreignColumns, other.foreignColumns));
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }

    /** A join or collection table, with the sequence its id bag key draws from ({@link IdBags}), if any. */
    record JoinTable(Table table, Element attribute, List<Sequence> sequences) {

        JoinTable(Table table, Element attribute) {
            this(table, attribute, List.of());
        }

        JoinTable {
            sequences = List.copyOf(sequences);
        }
    }

    /**
     * The entity whose relationships are mapped; {@code table} is its table's own name (constraint names
     * start with it), {@code qualifiedTable} that name in its schema (foreign keys reference it).
     */
    record Owner(TypeElement entity, String database, String table, MappedEntity.Names names, List<MappedColumn> ids,
                 String qualifiedTable) {

        /** An owner in the database's default schema. */
        Owner(TypeElement entity, String database, String table, MappedEntity.Names names, List<MappedColumn> ids) {
            this(entity, database, table, names, ids, table);
        }

        /** The owner as the target of join columns that reference its key (a join table's, a collection table's). */
        MappedEntity asTarget() {
            return new MappedEntity(entity, null, database, new Table(qualifiedTable,
                    ids.stream().map(MappedColumn::column).toList(), null, List.of(), List.of()),
                    List.of(), names, ids, List.of(), List.of(), null);
        }
    }

    private final Elements elements;
    private final Naming naming;
    private final CollectionKinds kinds;
    private final AssociationTargets targetsOf;
    private final ToOneMapper toOne;
    private final ToOneJoinTable toOneJoinTable;
    private final OneToManyJoinColumn oneToManyJoinColumn;
    private final InverseSide inverseSide;
    private final CollectionTableMapper collectionTables;
    private final JoinTableMapper joinTableMapper;
    private final IdBags idBags;
    private final ManyToAnyMapper manyToAny;
    private final HibernateLine line;

    AssociationMapper(Elements elements, Types types, Naming naming, AttributeMapper attributes,
                      BeanValidation validation, HibernateLine line, dev.optionsdeep.migrate.processor.XmlMappings xml) {
        this.line = line;
        this.elements = elements;
        this.naming = naming;
        JoinColumnReader joinColumns = new JoinColumnReader(elements, naming, line);
        RelationshipAnnotations annotations = new RelationshipAnnotations(elements);
        OrderColumns orders = new OrderColumns(elements, naming, line);
        this.kinds = new CollectionKinds(elements, types);
        this.targetsOf = new AssociationTargets(elements, xml);
        this.toOne = new ToOneMapper(joinColumns, annotations, validation);
        this.toOneJoinTable = new ToOneJoinTable(elements, naming, joinColumns, annotations, validation, this);
        this.oneToManyJoinColumn = new OneToManyJoinColumn(elements, naming, attributes, joinColumns, annotations, orders);
        this.inverseSide = new InverseSide(elements, types, naming, attributes, targetsOf, kinds, orders);
        this.collectionTables = new CollectionTableMapper(elements, naming, joinColumns, attributes, kinds, orders,
                annotations, this);
        this.joinTableMapper = new JoinTableMapper(elements, naming, joinColumns, attributes, targetsOf, orders,
                annotations, this);
        this.idBags = new IdBags(elements, naming, kinds);
        this.manyToAny = new ManyToAnyMapper(elements, naming, joinColumns, kinds, orders, this);
    }

    /** The Hibernate line whose rules the mapping follows. */
    HibernateLine line() {
        return line;
    }

    /** What the relationships add, or null after reporting one that cannot be mapped (or whose target could not be). */
    Mapped map(Owner owner, List<Association> associations, Targets targets, Report report) {
        Collected out = new Collected();
        boolean ok = true;
        for (Association a : associations) {
            ok &= map(owner, a, targets, report, out);
        }
        if (!ok || !distinctForeignKeyNames(owner, out.foreignKeys, report)) {
            return null;
        }
        return new Mapped(out.columns, out.uniques, out.foreignKeys, out.joinTables, out.foreign);
    }

    /** What the relationships map, as they are collected. */
    private static final class Collected {
        final List<MappedColumn> columns = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<JoinTable> joinTables = new ArrayList<>();
        final List<MappedEntity.ForeignColumn> foreign = new ArrayList<>();

        boolean add(JoinTable table) {
            if (table != null) {
                joinTables.add(table);
            }
            return table != null;
        }
    }

    /** One relationship, by kind; false after reporting. */
    private boolean map(Owner owner, Association a, Targets targets, Report report, Collected out) {
        String where = a.where(owner.entity().getSimpleName().toString());
        if (!RelationshipAnnotations.supported(a, where, report) || !notFoundAllowed(a, where, report)) {
            return false;
        }
        if (a.kind() == Association.Kind.MANY_TO_ANY) {
            return out.add(manyToAny.map(new JoinColumnReader.Context(a, where, owner, report)));
        }
        RelationshipAnnotation relationship = Mapping.of(a.attribute().element(), elements).declaredRelationship()
                .orElseThrow();
        if (!relationship.mappedBy().isEmpty()) {
            return inverseSide.map(owner, a, where, relationship, targets, report, out.foreign);
        }
        if (a.kind() == Association.Kind.ELEMENT_COLLECTION) {
            JoinColumnReader.Context context = new JoinColumnReader.Context(a, where, owner, report);
            return out.add(idBags.apply(collectionTables.map(context, owner, targets), context));
        }
        MappedEntity target = targetsOf.target(owner, a, where, relationship, targets, report);
        if (target == null) {
            return false;
        }
        JoinColumnReader.Context context = new JoinColumnReader.Context(a, where, owner, report);
        if (a.kind().toOne()) {
            // With @JoinTable the relationship lives in a table of its own, keyed by the owner (Hibernate's secondary
            // table of the owner), never in the owner's table.
            Optional<TableAnnotation> joinTable = Mapping.of(a.attribute().element(), elements).declaredJoinTable();
            if (joinTable.isPresent()) {
                return out.add(toOneJoinTable.map(context, relationship, joinTable.get(), target));
            }
            return toOne.map(context, relationship, target, out.columns, out.uniques, out.foreignKeys, out.foreign);
        }
        CollectionKind kind = kinds.of(a, where, report);
        if (kind == null) {
            return false;
        }
        // A @JoinTable or @CollectionTable wins over @JoinColumn on a one-to-many: Hibernate 7.4 then uses the table
        // (checked with its export).
        if (RelationshipAnnotations.hasJoinColumns(a) && a.kind() == Association.Kind.ONE_TO_MANY
                && Mapping.of(a.attribute().element(), elements).declaredRelationshipTable().isEmpty()) {
            return oneToManyJoinColumn.map(context, target, kind, targets, out.foreign);
        }
        return out.add(idBags.apply(joinTableMapper.map(context, target, kind, targets), context));
    }

    /** Hibernate 7.4 allows {@code @NotFound} on a to-one or a many-to-many only; false after reporting. */
    private static boolean notFoundAllowed(Association a, String where, Report report) {
        Optional<AnnotationMirror> notFound = RelationshipAnnotations.notFound(a);
        if (notFound.isPresent() && a.kind() != Association.Kind.MANY_TO_ONE && a.kind() != Association.Kind.ONE_TO_ONE
                && a.kind() != Association.Kind.MANY_TO_MANY) {
            report.error(Code.INVALID_RELATIONSHIP, "@NotFound on " + where + ", a @" + a.kind().annotation()
                    + ", makes Hibernate 7.4 refuse to start (\"is not a '@ManyToMany' association\"). Remove it",
                    a.attribute().element(), notFound.get());
            return false;
        }
        return true;
    }

    /**
     * The {@code uniqueConstraints} and {@code indexes} of a {@code @JoinTable} or {@code @CollectionTable}
     * (none without one), read as an entity's {@code @Table}'s; null after reporting.
     */
    ConstraintReader.Constraints declaredConstraints(Owner owner, TableAnnotation table, String tableName, List<Column> columns,
                                                     Report report) {
        if (table == null) {
            return new ConstraintReader.Constraints(List.of(), List.of());
        }
        List<MappedColumn> named = columns.stream()
                .map(c -> new MappedColumn(c.name(), null, null, c, false, false, null, null, c.name())).toList();
        return new ConstraintReader(elements, naming, owner.entity(), table, tableName, named, report).read().orElse(null);
    }

    private static boolean distinctForeignKeyNames(Owner owner, List<ForeignKey> keys, Report report) {
        List<String> names = keys.stream().map(ForeignKey::name).toList();
        for (String n : names) {
            if (names.indexOf(n) != names.lastIndexOf(n)) {
                report.error(Code.DUPLICATE_CONSTRAINT_NAME, "Table " + owner.table() + " of @Entity "
                        + owner.entity().getSimpleName() + " would get two foreign keys named " + n + ". Give one of"
                        + " them another name with @JoinColumn(foreignKey = @ForeignKey(name = \"...\"))",
                        owner.entity());
                return false;
            }
        }
        return true;
    }

    static boolean distinctForeignKeyNames(JoinColumnReader.Context context, String table, List<ForeignKey> keys) {
        if (keys.size() == 2 && keys.get(0).name().equals(keys.get(1).name())) {
            context.report().error(Code.DUPLICATE_CONSTRAINT_NAME, "The join table " + table + " of " + context.where()
                    + " would get two foreign keys named " + keys.get(0).name() + ". Give them different names in"
                    + " @JoinTable(foreignKey, inverseForeignKey)", context.association().attribute().element(),
                    context.association().annotation());
            return false;
        }
        return true;
    }
}
