package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;

import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A {@code SINGLE_TABLE} hierarchy as Hibernate ORM 7.4 maps it (checked against its export): one
 * table, named after the root, holding the columns of every entity in it; a discriminator column
 * ({@code @DiscriminatorColumn}, by default {@code DTYPE varchar(31) not null}) with a check on the
 * values of the concrete entities, or a {@code @DiscriminatorFormula} and no column ({@link DiscriminatorReader}); a
 * subclass column is nullable unless its {@code @Column} says {@code nullable = false}, and for each concrete subclass a
 * check {@code dtype <> 'Sub' or (a is not null and b is not null)} (the formula as written in place of {@code dtype})
 * over the columns that must not be null
 * for it (primitives, {@code @Basic(optional = false)} and {@code optional = false} to-one relationships, of the subclass and of the entity it
 * extends directly, as Hibernate's {@code SingleTableSubclass} builds it).
 *
 * <p>Hibernate orders sibling subclasses as they were registered, which a compiler cannot know;
 * Migrate takes them by qualified name. Only the order of the values in the discriminator's check
 * depends on it.
 */
final class SingleTable {

    static final String DEFAULT_COLUMN = "DTYPE";
    static final int DEFAULT_LENGTH = 31;

    /** The entities of one hierarchy: each one's direct entity subclasses, by qualified name. */
    static final class Hierarchy {
        private final TypeElement root;
        private final Map<TypeElement, List<TypeElement>> children = new LinkedHashMap<>();

        Hierarchy(TypeElement root, List<TypeElement> descendants) {
            this.root = root;
            for (TypeElement d : descendants) {
                List<TypeElement> ancestors = AttributeCollector.entityAncestors(d);
                children.computeIfAbsent(ancestors.get(ancestors.size() - 1), p -> new ArrayList<>()).add(d);
            }
            children.values().forEach(l -> l.sort(Comparator.comparing(t -> t.getQualifiedName().toString())));
        }

        TypeElement root() {
            return root;
        }

        /** The subclasses in reading order: depth first, each before the entities extending it. */
        List<TypeElement> subclasses() {
            List<TypeElement> out = new ArrayList<>();
            preOrder(root, out);
            return out;
        }

        private void preOrder(TypeElement t, List<TypeElement> out) {
            for (TypeElement c : children.getOrDefault(t, List.of())) {
                out.add(c);
                preOrder(c, out);
            }
        }

        /** Hibernate's {@code PersistentClass.getSubclasses()}: each child's subclasses, then the children. */
        List<TypeElement> hibernateOrder(TypeElement t) {
            List<TypeElement> out = new ArrayList<>();
            List<TypeElement> direct = children.getOrDefault(t, List.of());
            direct.forEach(c -> out.addAll(hibernateOrder(c)));
            out.addAll(direct);
            return out;
        }

        /** The entity {@code t} extends directly. */
        TypeElement parent(TypeElement t) {
            List<TypeElement> ancestors = AttributeCollector.entityAncestors(t);
            return ancestors.get(ancestors.size() - 1);
        }
    }

    /**
     * The discriminator: its column, or the SQL of a {@code @DiscriminatorFormula} (then {@code column} is null), the
     * check on its values, and the SQL literal of each concrete entity's value.
     */
    record Discriminator(Column column, String formula, Optional<CheckConstraint> check,
                         Map<TypeElement, String> literals) {

        /** What a subclass's check compares with its value: the quoted column, or the formula as written. */
        String sql() {
            return column == null ? formula : Identifiers.quote(column.name());
        }

        /** The discriminator's part in the names of the subclasses' checks. */
        String namePart() {
            return column == null ? "formula" : column.name();
        }
    }

    private final Elements elements;

    SingleTable(Elements elements) {
        this.elements = elements;
    }

    /** {@code @Entity(name)}, else the class name as Hibernate takes it from the binary name. */
    static String entityName(TypeElement entity, Elements elements) {
        String name = Mapping.written(entity).entityName();
        if (!name.isEmpty()) {
            return name;
        }
        String binary = elements.getBinaryName(entity).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    /**
     * The relationships a subclass declares, mapped as Hibernate 7.4 does: owned by the subclass (its
     * entity name in default join and collection table column names), in the root's table; a join
     * column is nullable unless {@code @JoinColumn(nullable = false)}, an {@code optional = false} one
     * goes into the subclass's check. A column and foreign key a sibling maps alike are shared. Added
     * to {@code related} and to the subclass's columns in {@code byEntity}; null after reporting.
     *
     * @param root the hierarchy's root as the owner of relationships
     */
    AssociationMapper.Mapped relationships(AssociationMapper mapper, TypeElement sub, List<Association> associations,
                                           AssociationMapper.Owner root, Targets targets, AssociationMapper.Mapped related,
                                           Map<TypeElement, List<MappedColumn>> byEntity, Report report) {
        MappedEntity.Names names = new MappedEntity.Names(entityName(sub, elements), root.names().table());
        AssociationMapper.Mapped mapped = mapper.map(new AssociationMapper.Owner(sub, root.database(), root.table(), names,
                root.ids(), root.qualifiedTable()), associations, targets, report);
        if (mapped == null) {
            return null;
        }
        // Hibernate 6.6 keeps an optional = false relationship's column not null, for every entity of the table.
        List<MappedColumn> own = mapper.line().checksSingleTables() ? nullableForOthers(mapped.columns()) : mapped.columns();
        List<MappedColumn> columns = own.stream().filter(c -> related.columns().stream()
                .noneMatch(o -> o.column().equals(c.column()))).toList();
        List<dev.optionsdeep.migrate.schema.ForeignKey> keys = mapped.foreignKeys().stream()
                .filter(k -> !related.foreignKeys().contains(k)).toList();
        List<MappedColumn> all = new ArrayList<>(byEntity.getOrDefault(sub, List.of()));
        all.addAll(own);
        byEntity.put(sub, all);
        return related.plus(new AssociationMapper.Mapped(columns, mapped.uniques(), keys, mapped.joinTables(),
                mapped.foreignColumns()));
    }

    /**
     * The columns a subclass brings, nullable unless {@code @Column(nullable = false)} says otherwise:
     * the table also holds the rows of every other entity of the hierarchy.
     */
    static List<MappedColumn> nullableForOthers(List<MappedColumn> columns) {
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn c : columns) {
            boolean notNull = c.columnAnnotation() != null && explicitNotNull(c);
            out.add(new MappedColumn(c.path(), c.attribute(), c.origin(), c.column().withNullable(!notNull), c.id(),
                    c.unique(), c.columnHost(), c.columnAnnotation(), c.logicalName(), c.check(), c.converted()));
        }
        return out;
    }

    private static boolean explicitNotNull(MappedColumn c) {
        return ColumnAnnotations.explicitNotNull(c.columnAnnotation());
    }

    /**
     * The discriminator column of a {@code SINGLE_TABLE} root, after the root's own columns and before those
     * of its subclasses (its position is cosmetic: column order is not part of a table's identity), with its
     * check and the not-null checks of the subclasses' columns ({@code checked}: from Hibernate 7.2 on).
     */
    static void discriminator(EntityDraft draft, boolean checked, List<Column> tableColumns,
                              List<CheckConstraint> derivedChecks) {
        SingleTable.Discriminator discriminator = draft.discriminator();
        Map<TypeElement, List<MappedColumn>> byEntity = draft.byEntity();
        if (discriminator.column() != null) { // a formula is no column
            tableColumns.add(Math.min(byEntity.get(draft.entity()).size(), tableColumns.size()), discriminator.column());
        }
        if (!checked) {
            return; // Hibernate 6.6 checks neither the discriminator's values nor a subclass's required columns
        }
        discriminator.check().ifPresent(derivedChecks::add);
        // Only the columns this table holds: a secondary table keeps its own.
        Set<String> here = new HashSet<>(tableColumns.stream().map(Column::name).toList());
        Function<TypeElement, List<MappedColumn>> inTable = e -> byEntity.getOrDefault(e, List.of()).stream()
                .filter(c -> here.contains(c.column().name())).toList();
        for (TypeElement sub : draft.singleTable().subclasses()) {
            String literal = discriminator.literals().get(sub);
            if (literal != null) {
                TypeElement parent = draft.singleTable().parent(sub);
                SingleTable.notNullCheck(draft.tableName(), discriminator, literal, parent,
                        inTable.apply(parent), sub, inTable.apply(sub)).ifPresent(derivedChecks::add);
            }
        }
    }

    /**
     * Hibernate's check for a concrete subclass: {@code <discriminator> <> <value> or (<c> is not null and ...)}
     * over the nullable columns of required basic attributes of the entity it extends and its own; empty
     * when there are none.
     *
     * @param inherited the columns of the entity it extends directly (that entity's own level only)
     * @param own       its own columns
     */
    static Optional<CheckConstraint> notNullCheck(String tableName, Discriminator discriminator, String literal,
                                                  TypeElement parent, List<MappedColumn> inherited,
                                                  TypeElement subclass, List<MappedColumn> own) {
        List<String> required = new ArrayList<>();
        required.addAll(required(parent, inherited));
        required.addAll(required(subclass, own));
        if (required.isEmpty()) {
            return Optional.empty();
        }
        String name = PhysicalNames.constraintName(tableName, List.of(discriminator.namePart(),
                literal.replace("'", "")), "check");
        return Optional.of(new CheckConstraint(name, discriminator.sql() + (literal.equals(DiscriminatorReader.NULL) ? " is " : " <> ")
                + literal + " or (" + required.stream().map(c -> Identifiers.quote(c) + " is not null")
                .collect(Collectors.joining(" and ")) + ")"));
    }

    /** In Hibernate's property order: class by class from the topmost mapped superclass, each by attribute name. */
    private static List<String> required(TypeElement entity, List<MappedColumn> columns) {
        List<TypeElement> chain = AttributeCollector.ownChain(entity);
        return columns.stream()
                .filter(c -> c.origin().equals(c.attribute().element())) // an embedded attribute is skipped whole
                .filter(c -> c.column().nullable())
                .filter(c -> c.attribute().type().getKind().isPrimitive()
                        || Mapping.written(c.attribute().element()).writtenNotOptional())
                .sorted(Comparator.<MappedColumn>comparingInt(c -> chain.indexOf(c.attribute().declaringType()))
                        .thenComparing(c -> c.attribute().name()))
                .map(c -> c.column().name())
                .toList();
    }
}
