package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Completes an {@link EntityDraft} into the entity's table once every entity's key is known: its
 * relationships (and those of its {@code SINGLE_TABLE} subclasses), secondary tables, id generator,
 * constraints and checks, schema and comment, {@code @RenamedFrom} hints. Each concern is a class of
 * its own; this one puts their results together, in the order Hibernate 7.4 lays the table out.
 */
final class EntityBinder {

    private final Elements elements;
    private final Naming naming;
    private final AssociationMapper associationMapper;
    /** The constraints the key readings read, which binding takes when its columns are the same. */
    private final KeyConstraints keyConstraints;
    /** The elements whose {@code @RenamedFrom} an entity used: any other hint has no effect, and is reported. */
    private final Set<String> renameHosts = new HashSet<>();

    EntityBinder(Elements elements, Naming naming, AssociationMapper associationMapper) {
        this.elements = elements;
        this.naming = naming;
        this.associationMapper = associationMapper;
        this.keyConstraints = new KeyConstraints(elements, naming);
    }

    KeyConstraints keyConstraints() {
        return keyConstraints;
    }

    Set<String> renameHosts() {
        return java.util.Collections.unmodifiableSet(renameHosts);
    }

    /** What an entity's relationships add to its table, with the join columns that are columns of its own. */
    private record Related(AssociationMapper.Mapped mapped, List<MappedColumn> columns, Set<String> shared) {
    }

    /** The table an entity's id is drawn from (null: none), or the sequence (empty: none). */
    private record Generators(Table table, Optional<Sequence> sequence) {
    }

    /** The entity's table and join tables, or empty after reporting why it cannot be mapped. */
    Optional<MappedEntity> bind(EntityDraft draft, Targets targets, Report report) {
        Related related = relationships(draft, targets, report);
        if (related == null) {
            return Optional.empty();
        }
        SecondaryTables secondaryTables = new SecondaryTables(elements, naming);
        SecondaryTables.Split split = secondaryTables.split(draft.entity(),
                draft.singleTable() == null ? List.of() : draft.singleTable().subclasses(), draft.tableName(),
                related.columns(), report);
        if (split == null) {
            return Optional.empty();
        }
        List<MappedColumn> columns = split.primary();
        Generators generators = generators(draft, report);
        if (generators == null) {
            return Optional.empty();
        }
        Parts parts = parts(draft, columns, related, report);
        if (parts == null) {
            return Optional.empty();
        }
        // Takes from the foreign keys those of the secondary tables' columns.
        List<Table> secondaries = secondaryTables.tables(draft.entity(), draft.tableName(), draft.qualifiedTable(),
                draft.ids(), split, parts.foreignKeys(), report);
        if (secondaries == null) {
            return Optional.empty();
        }
        Table result = TableExtras.apply(new Table(draft.tableName(), parts.columns(), draft.primaryKey(),
                parts.uniques(), parts.indexes(), parts.foreignKeys(), parts.checks()), draft.entity(), draft.table(),
                naming, elements, report);
        if (result == null) {
            return Optional.empty();
        }
        dev.optionsdeep.migrate.diff.RenameHints renames = new RenameReader().read(draft.entity(),
                draft.tableName(), columns, renameHosts, report);
        if (renames == null) {
            return Optional.empty();
        }
        return Optional.of(mapped(draft, result, generators, related.mapped(), secondaries, renames).withColumns(columns)
                .withDeferred(parts.deferred()));
    }

    /**
     * The relationships of the entity and of its {@code SINGLE_TABLE} subclasses, and the columns of the
     * table then: its own, and the join columns that no read-only basic column shares; null after reporting.
     */
    private Related relationships(EntityDraft draft, Targets targets, Report report) {
        AssociationMapper.Mapped others = associationMapper.map(draft.owner(),
                draft.associations().stream().filter(a -> !a.mapsId()).toList(), targets, report);
        if (others == null) {
            return null;
        }
        AssociationMapper.Mapped related = draft.derived().plus(others);
        for (Map.Entry<TypeElement, List<Association>> sub : draft.subclassAssociations().entrySet()) {
            related = new SingleTable(elements).relationships(associationMapper, sub.getKey(), sub.getValue(),
                    draft.owner(), targets, related, draft.byEntity(), report);
            if (related == null) {
                return null;
            }
        }
        List<MappedColumn> joinColumns = SharedColumns.unshared(draft.columns(), related.columns(), draft.className(),
                report);
        if (joinColumns == null) {
            return null;
        }
        Set<String> shared = related.columns().stream().filter(c -> !joinColumns.contains(c))
                .map(c -> c.column().name()).collect(Collectors.toSet());
        List<MappedColumn> columns = new ArrayList<>(draft.columns());
        columns.addAll(joinColumns);
        if (!EntityDrafter.distinctColumnNames(columns, draft.className(), report)) {
            return null;
        }
        return new Related(related, columns, shared);
    }

    /**
     * The id's generator table or sequence; null after reporting. A JOINED subclass's key is its parent's:
     * the parent draws it. TABLE, or AUTO naming a {@code @TableGenerator}: Hibernate 7.4 then uses that
     * table (checked with its export). In a composite key (an {@code @IdClass}, or an {@code @EmbeddedId}
     * whose embeddable generates an attribute) the generated part draws as a single id does: Hibernate 6.5
     * and later generate one part of a key, the others are the application's (checked with 7.4's export).
     */
    private Generators generators(EntityDraft draft, Report report) {
        TypeElement entity = draft.entity();
        TableGeneratorReader tableGenerators = new TableGeneratorReader(elements, naming);
        MappedColumn firstId = draft.joinedKey() != null ? null : draft.ids().stream()
                .filter(c -> Mapping.of(c.attribute().element(), elements).generatedValue().isPresent())
                .findFirst().orElse(draft.ids().size() == 1 ? draft.ids().get(0) : null);
        Optional<Mapping.GeneratedValue> generated = firstId == null ? Optional.empty()
                : Mapping.of(firstId.attribute().element(), elements).generatedValue();
        Optional<GenericGenerators.Generator> generic = generated.flatMap(g -> new GenericGenerators(elements)
                .find(firstId.attribute().element(), g.generator()));
        boolean integral = firstId != null && List.of("bigint", "integer", "smallint").contains(firstId.column().type());
        boolean namedAfterGenerator = false;
        if (generic.isPresent() && generated.get().strategy().equals("TABLE")) {
            Boolean named = tableBesideGeneric(entity, firstId, generated.get(), tableGenerators, report);
            if (named == null) {
                return null;
            }
            namedAfterGenerator = named;
        }
        // strategy = SEQUENCE beside it: 7.x ignores the @GenericGenerator too, a sequence named after the generator.
        Optional<GenericGenerators.Generator> used = namedAfterGenerator || generated.filter(g -> g.strategy()
                .equals("SEQUENCE")).isPresent() && !associationMapper.line().tableIdsUseGenericGenerators() ? Optional.empty() : generic;
        if (used.isPresent() && used.get().kind() == GenericGenerators.Kind.TABLE && integral) {
            Table genericTable = tableGenerators.generic(used.get(), firstId.attribute().element(), report);
            return genericTable == null ? null : new Generators(genericTable, Optional.empty());
        }
        Optional<AnnotationMirror> tableGenerated = generated.filter(g -> {
            String strategy = g.strategy();
            return integral && used.isEmpty()
                    && (strategy.equals("TABLE") || strategy.equals("AUTO") && tableGenerators.declares(
                    firstId.attribute().element(), entity, g.generator()));
        }).map(Mapping.GeneratedValue::mirror);
        Optional<AnnotationMirror> sequenceNamingTable = generated.filter(g -> g.strategy().equals("SEQUENCE")
                && tableGenerators.declares(firstId.attribute().element(), entity, g.generator()))
                .map(Mapping.GeneratedValue::mirror);
        if (sequenceNamingTable.isPresent()) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue(strategy = GenerationType.SEQUENCE) on "
                    + entity.getSimpleName() + "." + firstId.path() + " names a @TableGenerator, which Migrate does"
                    + " not follow: write strategy = GenerationType.TABLE to draw from its table, or name a"
                    + " @SequenceGenerator", firstId.attribute().element(), sequenceNamingTable.get());
            return null;
        }
        Table generatorTable = null;
        if (tableGenerated.isPresent()) {
            generatorTable = tableGenerators.read(entity, firstId.attribute().element(), tableGenerated.get(),
                    namedAfterGenerator, report);
            if (generatorTable == null) {
                return null;
            }
        }
        Optional<Sequence> sequence = firstId == null || tableGenerated.isPresent()
                ? Optional.empty()
                : new SequenceReader(elements, naming, associationMapper.line()).read(entity, firstId, draft.tableName(), draft.tablePerClass(),
                        report);
        return sequence == null ? null : new Generators(generatorTable, sequence);
    }

    /**
     * {@code strategy = TABLE} beside a {@code @GenericGenerator} of the generator's name (as Broadleaf writes it):
     * 6.6 uses that generator whatever the strategy says, 7.x a table named after the generator
     * (TableGeneratorReader), unless a {@code @TableGenerator} has the name. Whether the id draws from the table
     * named after the generator; null after reporting.
     */
    private Boolean tableBesideGeneric(TypeElement entity, MappedColumn firstId, Mapping.GeneratedValue generated,
                                       TableGeneratorReader tableGenerators, Report report) {
        Element field = firstId.attribute().element();
        if (!associationMapper.line().tableIdsUseGenericGenerators()) {
            if (!tableGenerators.declares(field, entity, generated.generator())
                    && new GenericGenerators(elements).local(field, generated.generator()).isEmpty()) {
                report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue(strategy = GenerationType.TABLE) on "
                        + entity.getSimpleName() + "." + firstId.path() + " names the @GenericGenerator \""
                        + generated.generator() + "\" of its package, which Hibernate "
                        + associationMapper.line().option() + " refuses at start-up (\"specified TABLE generation, but"
                        + " referred to a @GenericGenerator\"). Leave the strategy out to use that generator",
                        field, generated.mirror(), generated.generatorValue());
                return null;
            }
            return true;
        }
        // Seen with 6.6 (parity model gennamed_table): its export creates the @GenericGenerator's table, and its
        // generator then draws from a table named after the generator, which nothing creates.
        report.warning(Code.IGNORED_ATTRIBUTE, "@GeneratedValue(strategy = GenerationType.TABLE) on "
                + entity.getSimpleName() + "." + firstId.path() + " beside the @GenericGenerator \""
                + generated.generator() + "\": Hibernate 6.6 creates the @GenericGenerator's table, and so does"
                + " Migrate, yet draws the id from a table named \"" + generated.generator() + "\", which"
                + " neither creates (Hibernate 7 creates and uses that one). Declare @TableGenerator(name = \""
                + generated.generator() + "\", table = …, pkColumnName = …, valueColumnName = …) instead of"
                + " the @GenericGenerator, or create that table in a revision", field, generated.mirror(),
                generated.strategyValue());
        return false;
    }

    /** What the entity's table is made of; {@code foreignKeys} is modifiable. */
    private record Parts(List<Column> columns, List<UniqueConstraint> uniques, List<dev.optionsdeep.migrate.schema.Index> indexes,
                         List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                         ConstraintReader.Deferred deferred) {
    }

    /** The columns, constraints and checks of the entity's table; null after reporting. */
    private Parts parts(EntityDraft draft, List<MappedColumn> columns, Related related, Report report) {
        Optional<ConstraintReader.Constraints> constraints = keyConstraints.take(draft, columns, report);
        if (constraints.isEmpty()) {
            return null;
        }
        List<CheckConstraint> derivedChecks = new ArrayList<>();
        List<Column> tableColumns = new ArrayList<>(MappedColumn.columns(columns));
        if (draft.discriminator() != null) {
            SingleTable.discriminator(draft, associationMapper.line().checksSingleTables(), tableColumns, derivedChecks);
        }
        Optional<SoftDeletes.SoftDeleteColumn> softDelete = SoftDeletes.read(draft.entity(), draft.tableName(), naming,
                elements, report);
        if (softDelete == null) {
            return null;
        }
        if (softDelete.isPresent()) {
            tableColumns.add(softDelete.get().column());
            softDelete.get().check().ifPresent(derivedChecks::add);
        }
        Optional<List<CheckConstraint>> checks = new CheckReader(elements, draft.entity(), draft.table(),
                draft.tableName(), report).read(columns, derivedChecks);
        if (checks.isEmpty()) {
            return null;
        }
        List<UniqueConstraint> uniques = new ArrayList<>(constraints.get().uniqueConstraints());
        // A relationship's unique key on the columns of a declared one is that one, in any order (Hibernate 7.4 names
        // implicit unique keys after the set of their columns; checked with its export).
        related.mapped().uniques().stream().filter(u -> uniques.stream().noneMatch(o -> o.name().equals(u.name())
                        || java.util.Set.copyOf(o.columns()).equals(java.util.Set.copyOf(u.columns()))))
                .filter(u -> u.columns().stream().noneMatch(related.shared()::contains))
                .forEach(uniques::add);
        List<ForeignKey> foreignKeys = foreignKeys(draft, related.mapped(), report);
        if (foreignKeys == null) {
            return null;
        }
        return new Parts(tableColumns, uniques, constraints.get().indexes(), foreignKeys, checks.get(),
                constraints.get().deferred());
    }

    /** The foreign keys of the relationships, then the JOINED parent's; null after reporting two of one name. */
    private List<ForeignKey> foreignKeys(EntityDraft draft, AssociationMapper.Mapped related, Report report) {
        List<ForeignKey> foreignKeys = new ArrayList<>(related.foreignKeys());
        if (draft.joinedKey() != null && draft.joinedKey().foreignKey() != null) {
            foreignKeys.add(draft.joinedKey().foreignKey());
        }
        List<String> keyNames = foreignKeys.stream().map(ForeignKey::name).toList();
        Optional<String> twice = keyNames.stream().filter(n -> keyNames.indexOf(n) != keyNames.lastIndexOf(n))
                .findFirst();
        if (twice.isPresent()) {
            report.error(Code.DUPLICATE_CONSTRAINT_NAME, "Table " + draft.tableName() + " of @Entity "
                    + draft.className() + " would get two foreign keys named " + twice.get() + ". Rename one with"
                    + " @ForeignKey(name = \"...\")", draft.entity(), draft.entityAnnotation());
            return null;
        }
        return foreignKeys;
    }

    private static MappedEntity mapped(EntityDraft draft, Table result, Generators generators,
                                       AssociationMapper.Mapped related, List<Table> secondaries,
                                       dev.optionsdeep.migrate.diff.RenameHints renames) {
        List<Sequence> sequences = generators.sequence().stream().toList();
        MappedEntity mapped = new MappedEntity(draft.entity(), draft.entityAnnotation(), draft.database(), result,
                sequences, draft.names(), draft.ids(), List.of(), related.foreignColumns(), null);
        List<MappedEntity> joinTables = new ArrayList<>(related.joinTables().stream()
                .map(j -> mapped.joinTable(j.table(), j.attribute(), j.sequences())).toList());
        secondaries.forEach(t -> joinTables.add(mapped.joinTable(t, draft.entity())));
        if (generators.table() != null) {
            joinTables.add(mapped.generatorTable(generators.table(), draft.ids().get(0).attribute().element()));
        }
        return new MappedEntity(draft.entity(), draft.entityAnnotation(), draft.database(), result, sequences,
                draft.names(), draft.ids(), joinTables, related.foreignColumns(), null, renames);
    }
}
