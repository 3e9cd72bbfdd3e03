package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.bind.MappedEntity;

import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import dev.optionsdeep.migrate.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.lang.model.element.TypeElement;

/**
 * The mapped entities of every round, by database; checks what only the whole database shows
 * (two entities on one table, names PostgreSQL keeps in one namespace).
 */
public final class SchemaCollector {

    /** database → table name → entity; sorted so that the output never depends on reading order. */
    private final Map<String, Map<String, MappedEntity>> tables = new TreeMap<>();
    /**
     * database → relation name → what owns it. Tables, primary keys, unique constraints and indexes
     * all live in PostgreSQL's pg_class namespace of a schema, so two of them cannot share a name.
     */
    private final Map<String, Map<String, String>> relations = new HashMap<>();
    /** database → sequence name → sequence; entities may share one sequence when they define it alike. */
    private final Map<String, Map<String, dev.optionsdeep.migrate.schema.Sequence>> sequences = new TreeMap<>();
    /** database → the entities merged into a table another entity of the database maps ({@link SharedEntityTable}). */
    private final Map<String, List<MappedEntity>> sharing = new TreeMap<>();

    /** Adds the entity, or reports why its table clashes with one already added. */
    public void add(MappedEntity entity, Report report) {
        Table table = entity.table();
        Map<String, MappedEntity> ofDatabase = tables.computeIfAbsent(entity.database(), d -> new TreeMap<>());
        MappedEntity first = ofDatabase.get(table.name());
        if (entity.generatorTable() || first != null && first.generatorTable()) {
            addGeneratorTable(entity, first, report);
            return;
        }
        if (first != null && first.joinTableOf() == null && entity.joinTableOf() != null
                && !(entity.joinTableOf() instanceof TypeElement)) {
            mergeJoinTable(first, entity, report);
            return;
        }
        if (first != null && entity.joinTableOf() != null && first.joinTableOf() != null
                && !(entity.joinTableOf() instanceof TypeElement) && !(first.joinTableOf() instanceof TypeElement)
                && TableClash.sameShape(first.table(), table)
                && !(TableClash.toOneJoinTable(entity) && TableClash.toOneJoinTable(first))) {
            return; // both sides of a relationship own one join table alike: one table to Hibernate 7.4 too
        }
        if (first != null && first.joinTableOf() == null && entity.joinTableOf() == null) {
            shareTable(first, entity, report);
            return;
        }
        if (first != null) {
            TableClash.report(entity, first, report);
            return;
        }
        Map<String, String> names = RelationNames.of(entity);
        if (names == null) {
            report.error(Code.DUPLICATE_CONSTRAINT_NAME, "@Entity " + entity.element().getSimpleName() + " gives two of"
                    + " its table, primary key, unique constraints and indexes the same name " + RelationNames.duplicateWithin(table)
                    + "; PostgreSQL keeps them in one namespace. Rename one with @Index(name) or"
                    + " @UniqueConstraint(name)", entity.element(), entity.entityAnnotation());
            return;
        }
        Map<String, String> taken = relations.computeIfAbsent(entity.database(), d -> new HashMap<>());
        Map<String, dev.optionsdeep.migrate.schema.Sequence> ofDatabaseSequences =
                sequences.computeIfAbsent(entity.database(), d -> new TreeMap<>());
        if (!namesFree(entity, names, taken, ofDatabaseSequences, report)) {
            return;
        }
        register(entity, names, taken, ofDatabaseSequences);
        ofDatabase.put(table.name(), entity);
    }

    /** Takes the names of the entity's relations and sequences in its database. */
    private static void register(MappedEntity entity, Map<String, String> names, Map<String, String> taken,
                                 Map<String, dev.optionsdeep.migrate.schema.Sequence> ofDatabaseSequences) {
        names.forEach((name, what) -> taken.put(name, what + " of " + entity.element().getQualifiedName()));
        entity.sequences().forEach(q -> {
            ofDatabaseSequences.put(q.name(), q);
            taken.put(q.name(), "sequence");
        });
    }

    /**
     * A second entity on the table of one already added: one table of both when they agree where they meet
     * ({@link SharedEntityTable}), else reported.
     */
    private void shareTable(MappedEntity first, MappedEntity entity, Report report) {
        SharedEntityTable.Merge merge = SharedEntityTable.merge(first.table(), entity.table());
        MappedEntity merged = merge.table() == null ? null : first.withTable(merge.table());
        Map<String, String> names = merged == null ? null : RelationNames.of(merged);
        if (names == null) {
            TableClash.report(entity, first, merge.conflict() != null ? merge.conflict()
                    : "two of their constraints or indexes would have one name", report);
            return;
        }
        names.keySet().removeAll(RelationNames.of(first).keySet());
        Map<String, String> taken = relations.computeIfAbsent(entity.database(), d -> new HashMap<>());
        Map<String, dev.optionsdeep.migrate.schema.Sequence> ofDatabaseSequences =
                sequences.computeIfAbsent(entity.database(), d -> new TreeMap<>());
        if (!namesFree(entity, names, taken, ofDatabaseSequences, report)) {
            return;
        }
        register(entity, names, taken, ofDatabaseSequences);
        tables.get(entity.database()).put(merged.table().name(), merged);
        sharing.computeIfAbsent(entity.database(), d -> new ArrayList<>()).add(entity);
    }

    /** Whether the names of the entity's relations and sequences are free in the database; false after reporting. */
    private static boolean namesFree(MappedEntity entity, Map<String, String> names, Map<String, String> taken,
                                     Map<String, dev.optionsdeep.migrate.schema.Sequence> ofDatabaseSequences,
                                     Report report) {
        for (Map.Entry<String, String> name : names.entrySet()) {
            String owner = taken.get(name.getKey());
            if (owner != null) {
                report.error(Code.DUPLICATE_CONSTRAINT_NAME, "The " + name.getValue() + " of @Entity "
                        + entity.element().getSimpleName() + " is named " + name.getKey() + ", like the " + owner
                        + " in database " + entity.database() + "; PostgreSQL keeps these names in one namespace."
                        + " Rename one of them", entity.element(), entity.entityAnnotation());
                return false;
            }
        }
        for (dev.optionsdeep.migrate.schema.Sequence q : entity.sequences()) {
            dev.optionsdeep.migrate.schema.Sequence other = ofDatabaseSequences.get(q.name());
            String owner = taken.get(q.name());
            if (other != null && !other.equals(q) || other == null && owner != null) {
                report.error(Code.DUPLICATE_CONSTRAINT_NAME, "The id sequence of @Entity " + entity.element().getSimpleName()
                        + " is " + q.describe() + ", but database " + entity.database() + " already has "
                        + (other != null ? "sequence " + other.describe() : "the " + owner + " of that name")
                        + ". Give it another sequenceName, or the same definition", entity.element(), entity.entityAnnotation());
                return false;
            }
        }
        return true;
    }

    /**
     * Hibernate 7.4 creates a generator table once, with the columns of the first generator that names it:
     * generators that agree share it (checked with its export); any other use of the name is reported.
     */
    private void addGeneratorTable(MappedEntity entity, MappedEntity first, Report report) {
        Table table = entity.table();
        String where = " in database " + entity.database();
        MappedEntity generator = entity.generatorTable() ? entity : first;
        String described = "The generator table " + generator.table().name() + " of "
                + generator.element().getSimpleName() + "." + generator.joinTableOf().getSimpleName();
        if (first != null && first.generatorTable() && entity.generatorTable()) {
            if (!first.table().equals(table)) {
                report.error(Code.DUPLICATE_TABLE, described + " has the columns " + columns(table) + ", but the"
                        + " generator of " + first.element().getSimpleName() + "." + first.joinTableOf().getSimpleName()
                        + " declares that table with " + columns(first.table()) + where + ", and Hibernate creates"
                        + " it only once. Give both @TableGenerator the same pkColumnName and valueColumnName, or"
                        + " another table", entity.joinTableOf(), null);
            }
            return;
        }
        if (first != null) {
            MappedEntity other = generator == entity ? first : entity;
            report.error(Code.DUPLICATE_TABLE, described + " is also the table of " + (other.joinTableOf() != null
                    ? "the relationship " + other.element().getSimpleName() + "." + other.joinTableOf().getSimpleName()
                    : "@Entity " + other.element().getQualifiedName()) + where + ": Hibernate would use one table"
                    + " for both, which neither can use. Name the generator's table otherwise with"
                    + " @TableGenerator(table = \"...\")", generator.joinTableOf(), null);
            return;
        }
        Map<String, String> taken = relations.computeIfAbsent(entity.database(), d -> new HashMap<>());
        List<String> names = table.primaryKey() == null ? List.of(table.name())
                : List.of(table.name(), table.primaryKey().name());
        for (String name : names) {
            if (taken.containsKey(name)) {
                report.error(Code.DUPLICATE_CONSTRAINT_NAME, described + " (or its primary key) is named " + name
                        + ", like the " + taken.get(name) + where + "; PostgreSQL keeps these names in one namespace."
                        + " Name the generator's table otherwise with @TableGenerator(table = \"...\")",
                        entity.joinTableOf(), null);
                return;
            }
        }
        taken.put(table.name(), "generator table");
        if (table.primaryKey() == null) {
            rowNeeded(generator, table, report);
        } else {
            taken.put(table.primaryKey().name(), "primary key of generator table " + table.name());
        }
        tables.get(entity.database()).put(table.name(), entity);
    }

    /**
     * A forced sequence's table holds one row, which Hibernate's export inserts and its generator only reads
     * ("could not read a hi value - you need to populate the table"): said once per table.
     */
    private static void rowNeeded(MappedEntity generator, Table table, Report report) {
        String column = table.columns().get(0).name();
        report.warning(Code.GENERATOR_ROW, "The id generator of " + generator.element().getSimpleName() + "."
                + generator.joinTableOf().getSimpleName() + " keeps its next value in the one row of table "
                + table.name() + " (force_table_use), which Hibernate's export inserts and its generator does not:"
                + " Migrate creates the table, not the row. Insert it in the revision that creates the table:"
                + " ops.execute(\"insert into " + table.name() + " (" + column + ") values (…)\"), the value"
                + " being the generator's initial_value (1 unless its parameters give one)", generator.joinTableOf(),
                null, null);
    }

    private static String columns(Table table) {
        return table.columns().stream().map(c -> c.name()).toList().toString();
    }

    /**
     * A join or collection table named like an entity's table is that table to Hibernate 7.4: it keeps
     * the entity's columns and primary key, and gains the join table's other columns (not null), unique
     * constraints, checks, and foreign keys but over columns it already references (checked with 7.4).
     */
    private void mergeJoinTable(MappedEntity entity, MappedEntity join, Report report) {
        Table table = entity.table();
        Table other = join.table();
        List<dev.optionsdeep.migrate.schema.Column> columns = new ArrayList<>(table.columns());
        other.columns().stream().filter(c -> table.column(c.name()).isEmpty()).forEach(columns::add);
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        Map<String, String> taken = relations.computeIfAbsent(entity.database(), d -> new HashMap<>());
        for (UniqueConstraint u : other.uniqueConstraints()) {
            // Nor one over the entity's key columns, in any order: the key stays as the entity orders it (Keycloak's
            // CLIENT_SCOPE_ROLE_MAPPING, an @IdClass entity's table and a Set's collection table, checked with 7.4).
            if (uniques.stream().anyMatch(o -> o.columns().equals(u.columns())) || table.primaryKey() != null
                    && u.columns().size() == table.primaryKey().columns().size()
                    && table.primaryKey().columns().containsAll(u.columns())) {
                continue;
            }
            if (taken.containsKey(u.name())) {
                report.error(Code.DUPLICATE_CONSTRAINT_NAME, "The join table of " + join.element().getSimpleName() + "."
                        + join.joinTableOf().getSimpleName() + " is the table " + table.name() + " of @Entity "
                        + entity.element().getSimpleName() + ", whose unique constraint " + u.name() + " would clash"
                        + " with the " + taken.get(u.name()) + ". Name the join table's columns otherwise",
                        join.joinTableOf(), null);
                return;
            }
            uniques.add(u);
        }
        List<dev.optionsdeep.migrate.schema.ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        other.foreignKeys().stream().filter(k -> keys.stream().noneMatch(o -> o.columns().equals(k.columns())
                && o.referencedTable().equals(k.referencedTable()))).forEach(keys::add);
        List<dev.optionsdeep.migrate.schema.CheckConstraint> checks = new ArrayList<>(table.checks());
        other.checks().stream().filter(c -> checks.stream().noneMatch(o -> o.name().equals(c.name())))
                .forEach(checks::add);
        uniques.subList(table.uniqueConstraints().size(), uniques.size())
                .forEach(u -> taken.put(u.name(), "unique constraint of " + entity.element().getQualifiedName()));
        tables.get(entity.database()).put(table.name(), entity.withTable(new Table(table.name(), columns,
                table.primaryKey(), uniques, table.indexes(), keys, checks, table.comment())));
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    /** One snapshot per database that has entities, sorted by database name. */
    public Map<String, Snapshot> snapshots() {
        Map<String, Snapshot> out = new LinkedHashMap<>();
        tables.forEach((database, byName) -> out.put(database,
                new Snapshot(database, new Schema(byName.values().stream().map(MappedEntity::table)
                        .map(SchemaCollector::withoutPrimaryKeyTwins).toList(),
                        List.copyOf(sequences.getOrDefault(database, Map.of()).values())))));
        return out;
    }

    /**
     * The table without the unique constraints over exactly its primary key's columns, in any order: Hibernate
     * 7.4 drops them from its tables before the export (a {@code @UniqueConstraint} repeating the key of a map's
     * collection table, or a collection table that is also an entity's table), the key being unique already, and
     * orders the key's columns as the first of them lists them.
     */
    private static Table withoutPrimaryKeyTwins(Table table) {
        if (table.primaryKey() == null) {
            return table;
        }
        java.util.Set<String> key = java.util.Set.copyOf(table.primaryKey().columns());
        List<UniqueConstraint> twins = table.uniqueConstraints().stream()
                .filter(u -> u.columns().size() == key.size() && key.containsAll(u.columns())).toList();
        if (twins.isEmpty()) {
            return table;
        }
        List<UniqueConstraint> kept = new ArrayList<>(table.uniqueConstraints());
        kept.removeAll(twins);
        return new Table(table.name(), table.columns(), new dev.optionsdeep.migrate.schema.PrimaryKey(
                table.primaryKey().name(), twins.get(0).columns()), kept, table.indexes(), table.foreignKeys(),
                table.checks(), table.comment());
    }

    /** The {@code @RenamedFrom} hints of a database's entities. */
    public dev.optionsdeep.migrate.diff.RenameHints renameHints(String database) {
        List<dev.optionsdeep.migrate.diff.RenameHints.TableHint> tableHints = new ArrayList<>();
        List<dev.optionsdeep.migrate.diff.RenameHints.ColumnHint> columnHints = new ArrayList<>();
        java.util.stream.Stream.concat(tables.getOrDefault(database, Map.of()).values().stream(),
                sharing.getOrDefault(database, List.of()).stream()).forEach(m -> {
            tableHints.addAll(m.renames().tables());
            columnHints.addAll(m.renames().columns());
        });
        return new dev.optionsdeep.migrate.diff.RenameHints(tableHints, columnHints);
    }

    /** A database's entities by table name. */
    public Map<String, MappedEntity> byTable(String database) {
        return Map.copyOf(tables.getOrDefault(database, Map.of()));
    }

    /** Every entity added, by database then table. */
    public List<MappedEntity> all() {
        List<MappedEntity> out = new ArrayList<>();
        tables.values().forEach(byName -> out.addAll(byName.values()));
        sharing.values().forEach(out::addAll);
        return out;
    }

    /** The entity classes a database's snapshot is made from, for the Filer's incremental bookkeeping. */
    public List<TypeElement> entitiesOf(String database) {
        List<TypeElement> out = new ArrayList<>(tables.getOrDefault(database, Map.of()).values().stream()
                .map(MappedEntity::element).toList());
        sharing.getOrDefault(database, List.of()).forEach(m -> out.add(m.element()));
        return out;
    }
}
