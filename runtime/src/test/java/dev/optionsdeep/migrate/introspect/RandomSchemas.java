package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.diff.RenameHints;
import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Random schema pairs for the round trip: a schema A over every attribute the model has (defaults,
 * comments, tables in named schemas, sequences included), and a schema B made from A by random
 * edits that the diff can express.
 *
 * <p>Valid means valid for PostgreSQL too: tables, indexes and the indexes behind keys share one
 * namespace per schema, so those names are unique across the whole schema; no name ends in
 * {@code seq} followed by digits, the names PostgreSQL gives identity sequences; no column name
 * ends in " ASC" or " DESC", which the model's index spelling could not tell from a sort order.
 */
final class RandomSchemas {

    /** Plain names, reserved words, unreserved words that sit next to DDL syntax, odd characters, 63 bytes. */
    private static final List<String> TABLE_NAMES = List.of(
            "companies", "stock_prices", "user", "Order", "select", "order items", "say \"hi\"", "Café",
            "table", "1st_quarter", "key", "back\\slash", "a".repeat(63), "é".repeat(31) + "x");
    private static final List<String> COLUMN_NAMES = List.of(
            "id", "ticker", "user", "Order", "select", "from", "desc", "asc", "my column", "quote\"d", "naïve",
            "1st", "name", "close", "value", "Upper", "nulls", "first", "generated", "identity", "per%cent",
            "c".repeat(63), "ü".repeat(31) + "u");
    private static final List<String> OBJECT_NAMES = List.of(
            "Index Name", "where", "user_idx", "x\"y", "ÆØÅ_key", "include", "dollar$sign", "i".repeat(63));
    private static final List<String> CHECK_NAMES = List.of("check", "Status Check", "x\"y_check", "ç_check",
            "k".repeat(63));
    private static final List<String> FOREIGN_KEY_NAMES = List.of("fk", "Customer FK", "references", "x\"y_fkey",
            "f".repeat(63));
    private static final List<String> ON_DELETE = List.of(ForeignKey.NO_ACTION, "CASCADE", "SET NULL", "SET DEFAULT",
            "RESTRICT");
    private static final List<String> INTEGER_TYPES = List.of(SqlTypes.BIGINT, SqlTypes.INTEGER, SqlTypes.SMALLINT);
    /** Named schemas some tables go into: a plain name, one that needs quoting, a reserved word. */
    static final List<String> SCHEMAS = List.of("sales", "Sales Dept", "user");
    private static final List<String> COMMENTS = List.of("listed companies", "it's \"quoted\"", "Ünïcode ✓",
            "two\nlines", " ", "back\\slash");

    private final SplittableRandom random;
    private int counter;
    /** The rename hints of the last {@link #edit}: what {@code @RenamedFrom} would say of its renames. */
    private final List<RenameHints.TableHint> tableHints = new ArrayList<>();
    private final List<RenameHints.ColumnHint> columnHints = new ArrayList<>();

    RandomSchemas(SplittableRandom random) {
        this.random = random;
    }

    /** Zero to four tables: the pairs are many, so each can be small. */
    Schema schema() {
        Set<String> relations = new HashSet<>();
        List<Table> tables = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            tables.add(table(relations, Set.of()));
        }
        List<Sequence> sequences = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            sequences.add(sequence(unusedName(OBJECT_NAMES, "sq", relations)));
        }
        Schema schema = new Schema(tables, sequences);
        for (int i = random.nextInt(4); i > 0; i--) {
            schema = addForeignKey(schema);
        }
        return schema;
    }

    /** A sequence as PostgreSQL creates it with only start and increment: its start within its default range. */
    private Sequence sequence(String name) {
        long increment = pick(List.of(1L, 50L, 10L, -1L));
        long start = increment > 0 ? pick(List.of(1L, 100L)) : pick(List.of(-1L, -100L));
        return new Sequence(name, start, increment);
    }

    /**
     * One to four edits of {@code a}: tables, columns, keys, indexes, defaults, comments, primary keys,
     * sequences, foreign keys, renames with their hints, and column types (within a family), nullability and
     * identity; AlterColumnRoundTripTest changes types across families on a table with rows.
     */
    Schema edit(Schema a) {
        tableHints.clear();
        columnHints.clear();
        Set<String> relations = relationNames(a);
        List<String> freed = new ArrayList<>();
        Schema b = a;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            b = validForeignKeys(editOnce(a, b, relations, freed));
        }
        return b;
    }

    /**
     * One edit of {@code s}, which started as {@code a}. A table or column added under a name it had
     * in A would be a changed table or column to the diff, so new ones get names A did not have.
     */
    private Schema editOnce(Schema a, Schema s, Set<String> relations, List<String> freed) {
        Set<String> tablesOfA = new HashSet<>(a.tables().stream().map(Table::localName).toList());
        if (s.tables().isEmpty()) {
            return s.with(table(relations, tablesOfA));
        }
        Table t = pick(s.tables());
        int edit = random.nextInt(20);
        if (t.columns().isEmpty() && (edit == 4 || edit == 5 || edit == 10 || edit == 12)) {
            edit = 2; // dropping columns may leave none (PostgreSQL allows it); an index, a key or an altered column needs one
        }
        switch (edit) {
            case 0:
                return s.with(table(relations, tablesOfA));
            case 1:
                forget(relationNamesOf(t), relations, freed);
                return s.without(t.name());
            case 2:
                return s.with(addColumn(t, a.table(t.name()).map(Table::columns).orElse(List.of())));
            case 3:
                return s.with(dropColumn(t, relations, freed));
            case 4: {
                List<Index> indexes = new ArrayList<>(t.indexes());
                indexes.add(index(t, reuseOrNew(relations, freed)));
                return s.with(t.withIndexes(indexes));
            }
            case 5: {
                List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
                uniques.add(unique(t, reuseOrNew(relations, freed)));
                return s.with(t.withUniqueConstraints(uniques));
            }
            case 6:
                // Drop an index, or change one in place (same name, other columns or uniqueness).
                return t.indexes().isEmpty() ? s : s.with(t.withIndexes(replaceOrDrop(t.indexes(), Index::name,
                        i -> index(t, i.name()), relations, freed)));
            case 7:
                return t.uniqueConstraints().isEmpty() ? s : s.with(t.withUniqueConstraints(replaceOrDrop(
                        t.uniqueConstraints(), UniqueConstraint::name, u -> unique(t, u.name()), relations, freed)));
            case 8: {
                if (t.columns().isEmpty()) {
                    return s;
                }
                List<CheckConstraint> checks = new ArrayList<>(t.checks());
                checks.add(check(t, uncheckedName(t)));
                return s.with(t.withChecks(checks));
            }
            case 9:
                if (t.columns().isEmpty()) {
                    return s;
                }
                // Drop a check, change its condition, or only respell it (which is no change at all).
                return t.checks().isEmpty() ? s : s.with(t.withChecks(replaceOrDrop(t.checks(), CheckConstraint::name,
                        c -> random.nextBoolean() ? check(t, c.name()) : respelled(c), new HashSet<>(), new ArrayList<>())));
            case 10:
                return s.with(alterColumn(t));
            case 11:
                return s.with(t.withComment(random.nextBoolean() ? null : pick(COMMENTS)));
            case 12:
                return s.with(changePrimaryKey(t, relations, freed));
            case 13:
                return editSequences(s, relations, freed);
            case 14:
                return addForeignKey(s, t, columnsOfA(a, t));
            case 16:
                return renameColumn(a, s, t);
            case 18:
                return t.columns().isEmpty() ? s : s.with(alterColumnDefinition(t));
            case 17:
                return renameTable(a, s, t, relations, tablesOfA);
            case 15: {
                if (t.foreignKeys().isEmpty()) {
                    return s;
                }
                // Drop a foreign key, or change it in place: other columns, another target, another ON DELETE.
                ForeignKey old = pick(t.foreignKeys());
                List<ForeignKey> others = new ArrayList<>(t.foreignKeys());
                others.remove(old);
                Schema without = s.with(t.withForeignKeys(others));
                if (random.nextBoolean()) {
                    return without;
                }
                ForeignKey changed = foreignKey(without, t.withForeignKeys(others), old.name(), columnsOfA(a, t));
                return changed == null ? without : withForeignKey(without, t.name(), changed);
            }
            default:
                return s; // no edit this time: B may equal A, and the empty migration must round-trip too
        }
    }

    /** A column's default or comment changed, set or removed (identity columns keep having no default). */
    private Table alterColumn(Table t) {
        Column c = pick(t.columns());
        Column changed = random.nextBoolean() || c.identity()
                ? c.withComment(random.nextBoolean() ? null : pick(COMMENTS))
                : c.withDefault(random.nextBoolean() ? null : defaultFor(c.type()));
        List<Column> columns = new ArrayList<>(t.columns());
        columns.replaceAll(col -> col.name().equals(c.name()) ? changed : col);
        return t.withColumns(columns);
    }

    /**
     * A column's type changed within its family (integers, strings, numerics), its nullability flipped, or
     * identity turned on or off. A check over a retyped column is dropped: PostgreSQL keeps its old
     * spelling after the type change, which a check written for the new type would not match.
     */
    private Table alterColumnDefinition(Table t) {
        Column c = pick(t.columns());
        boolean key = t.primaryKey() != null && t.primaryKey().columns().contains(c.name());
        String type = c.type();
        Column changed;
        int what = random.nextInt(3);
        if (what == 0 && !otherType(type).equals(type)) {
            String to = otherType(type);
            changed = new Column(c.name(), to, c.nullable(), c.identity() && INTEGER_TYPES.contains(to),
                    c.defaultValue() == null || c.identity() ? null : defaultFor(to), c.comment());
        } else if (what == 1 && INTEGER_TYPES.contains(type)) {
            changed = c.identity() ? new Column(c.name(), type, false, false, null, c.comment())
                    : new Column(c.name(), type, false, true, null, c.comment());
        } else if (!key && !c.identity()) {
            changed = c.withNullable(!c.nullable());
        } else {
            return t;
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.replaceAll(col -> col.name().equals(c.name()) ? changed : col);
        List<CheckConstraint> checks = changed.type().equals(type) ? t.checks()
                : t.checks().stream().filter(k -> !k.expression().contains(Identifiers.quote(c.name()))).toList();
        return t.withColumns(columns).withChecks(checks);
    }

    /** Another type of the same family, or {@code type} itself when it has none here. */
    private String otherType(String type) {
        if (INTEGER_TYPES.contains(type)) {
            return pick(INTEGER_TYPES);
        }
        if (type.startsWith("character varying") || type.equals(SqlTypes.TEXT)) {
            return random.nextInt(4) == 0 ? SqlTypes.TEXT : SqlTypes.varchar(pick(List.of(10, 50, 255)));
        }
        if (type.startsWith("numeric(")) {
            int precision = pick(List.of(10, 14, 20));
            return SqlTypes.numeric(precision, pick(List.of(0, 2, 4)));
        }
        return type;
    }

    /** Drops the primary key, adds one, or moves it to other columns or another name; key columns become NOT NULL. */
    private Table changePrimaryKey(Table t, Set<String> relations, List<String> freed) {
        PrimaryKey old = t.primaryKey();
        if (old != null) {
            forget(List.of(old.name()), relations, freed);
        }
        if (old != null && random.nextInt(3) == 0) {
            return new Table(t.name(), t.columns(), null, t.uniqueConstraints(), t.indexes(), t.foreignKeys(),
                    t.checks(), t.comment());
        }
        List<String> keyColumns = old != null && random.nextBoolean() ? old.columns()
                : distinctColumns(t.columns(), 1 + random.nextInt(Math.min(2, t.columns().size())));
        String name = old != null && !keyColumns.equals(old.columns()) && random.nextBoolean() ? old.name()
                : reuseOrNew(relations, freed);
        if (name.equals(old == null ? null : old.name())) {
            relations.add(name);
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.replaceAll(c -> keyColumns.contains(c.name()) ? c.withNullable(false) : c);
        return new Table(t.name(), columns, new PrimaryKey(name, keyColumns), t.uniqueConstraints(), t.indexes(),
                t.foreignKeys(), t.checks(), t.comment());
    }

    /** Adds a sequence, drops one, or changes one's start or increment. */
    private Schema editSequences(Schema s, Set<String> relations, List<String> freed) {
        List<Sequence> sequences = new ArrayList<>(s.sequences());
        int edit = sequences.isEmpty() ? 0 : random.nextInt(3);
        if (edit == 0) {
            sequences.add(sequence(reuseOrNew(relations, freed)));
        } else {
            int i = random.nextInt(sequences.size());
            Sequence q = sequences.get(i);
            if (edit == 1) {
                forget(List.of(q.name()), relations, freed);
                sequences.remove(i);
            } else {
                Sequence other = sequence(q.name());
                // A new increment of the other sign needs a start in that direction's range.
                sequences.set(i, Long.signum(other.increment()) == Long.signum(q.increment()) && random.nextBoolean()
                        ? new Sequence(q.name(), q.start(), other.increment()) : other);
            }
        }
        return s.withSequences(sequences);
    }

    /** The hints that say which tables and columns the last {@link #edit} renamed. */
    RenameHints hints() {
        return new RenameHints(tableHints, columnHints);
    }

    /** Whether the table has its name and columns from A and no rename yet, so a hint can name what A had. */
    private boolean renamable(Schema a, Table t) {
        return a.table(t.name()).isPresent() && tableHints.stream().noneMatch(h -> h.table().equals(t.name()))
                && columnHints.stream().noneMatch(h -> h.table().equals(t.name()));
    }

    /**
     * A column of a table A had, renamed with a hint: its keys, indexes and the foreign keys over it follow
     * it; a check naming it is dropped (its condition would need rewriting).
     */
    private Schema renameColumn(Schema a, Schema s, Table t) {
        if (!renamable(a, t)) {
            return s;
        }
        Table old = a.table(t.name()).orElseThrow();
        List<Column> candidates = t.columns().stream().filter(c -> old.column(c.name()).isPresent()).toList();
        if (candidates.isEmpty()) {
            return s;
        }
        String from = pick(candidates).name();
        Set<String> taken = columnsOfA(a, t);
        t.columns().forEach(c -> taken.add(c.name()));
        String to = unusedName(COLUMN_NAMES, "renamed", taken);
        columnHints.add(new RenameHints.ColumnHint(t.name(), to, from));
        Function<String, String> rename = c -> c.equals(from) ? to : c;
        List<Column> columns = t.columns().stream()
                .map(c -> c.name().equals(from) ? new Column(to, c.type(), c.nullable(), c.identity(), c.defaultValue(),
                        c.comment()) : c).toList();
        PrimaryKey key = t.primaryKey() == null ? null
                : new PrimaryKey(t.primaryKey().name(), t.primaryKey().columns().stream().map(rename).toList());
        List<UniqueConstraint> uniques = t.uniqueConstraints().stream()
                .map(u -> new UniqueConstraint(u.name(), u.columns().stream().map(rename).toList())).toList();
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                .map(c -> c.equals(from + " DESC") ? to + " DESC" : rename.apply(c)).toList(), i.unique())).toList();
        List<ForeignKey> keys = t.foreignKeys().stream().map(f -> new ForeignKey(f.name(),
                f.columns().stream().map(rename).toList(), f.referencedTable(), f.referencedTable().equals(t.name())
                ? f.referencedColumns().stream().map(rename).toList() : f.referencedColumns(), f.onDelete())).toList();
        List<CheckConstraint> checks = t.checks().stream()
                .filter(c -> !c.expression().contains(Identifiers.quote(from))).toList();
        Schema out = s.with(new Table(t.name(), columns, key, uniques, indexes, keys, checks, t.comment()));
        for (Table other : out.tables()) {
            if (!other.name().equals(t.name())) {
                out = out.with(other.withForeignKeys(other.foreignKeys().stream().map(f -> f.referencedTable()
                        .equals(t.name()) ? new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                        f.referencedColumns().stream().map(rename).toList(), f.onDelete()) : f).toList()));
            }
        }
        return out;
    }

    /** A table A had, renamed with a hint in its schema; the foreign keys that reference it follow it. */
    private Schema renameTable(Schema a, Schema s, Table t, Set<String> relations, Set<String> tablesOfA) {
        if (!renamable(a, t)) {
            return s;
        }
        Set<String> taken = new HashSet<>(relations);
        taken.addAll(tablesOfA);
        String local = unusedName(TABLE_NAMES, "t", taken);
        relations.add(local);
        String to = t.schemaName() == null ? local : Table.qualified(t.schemaName(), local);
        tableHints.add(new RenameHints.TableHint(to, t.name()));
        List<ForeignKey> own = t.foreignKeys().stream().map(f -> f.referencedTable().equals(t.name())
                ? new ForeignKey(f.name(), f.columns(), to, f.referencedColumns(), f.onDelete()) : f).toList();
        Schema out = s.without(t.name()).with(new Table(to, t.columns(), t.primaryKey(), t.uniqueConstraints(),
                t.indexes(), own, t.checks(), t.comment()));
        for (Table other : out.tables()) {
            if (!other.name().equals(to)) {
                out = out.with(other.withForeignKeys(other.foreignKeys().stream().map(f -> f.referencedTable()
                        .equals(t.name()) ? new ForeignKey(f.name(), f.columns(), to, f.referencedColumns(),
                        f.onDelete()) : f).toList()));
            }
        }
        return out;
    }

    /**
     * {@code s} with one more foreign key, from a random table to the primary key or a unique
     * constraint of a random table (itself included), over existing columns of the same types or new
     * nullable ones; unchanged when no table has a key.
     */
    private Schema addForeignKey(Schema s) {
        return s.tables().isEmpty() ? s : addForeignKey(s, pick(s.tables()), Set.of());
    }

    /** @param avoid column names the new columns must not take (those the table had in A) */
    private Schema addForeignKey(Schema s, Table child, Set<String> avoid) {
        ForeignKey f = foreignKey(s, child, unusedName(FOREIGN_KEY_NAMES, "fk", constraintNames(child)), avoid);
        return f == null ? s : withForeignKey(s, child.name(), f);
    }

    /** {@code s} with {@code f} on table {@code child}, adding the columns it names that the table lacks. */
    private static Schema withForeignKey(Schema s, String child, ForeignKey f) {
        Table withColumns = s.table(child).orElseThrow();
        for (int i = 0; i < f.columns().size(); i++) {
            String column = f.columns().get(i);
            if (withColumns.column(column).isEmpty()) {
                Table target = s.table(f.referencedTable()).orElse(withColumns);
                String type = target.column(f.referencedColumns().get(i)).orElseThrow().type();
                List<Column> columns = new ArrayList<>(withColumns.columns());
                columns.add(Column.of(column, type));
                withColumns = withColumns.withColumns(columns);
            }
        }
        List<ForeignKey> keys = new ArrayList<>(withColumns.foreignKeys());
        keys.add(f);
        return s.with(withColumns.withForeignKeys(keys));
    }

    private static Set<String> columnsOfA(Schema a, Table t) {
        Set<String> names = new HashSet<>();
        a.table(t.name()).ifPresent(old -> old.columns().forEach(c -> names.add(c.name())));
        return names;
    }

    /**
     * A foreign key named {@code name} from {@code child}, or null when no table has a key to reference.
     * Its columns are columns of {@code child} of the referenced types where there are such, else new
     * names the caller adds as nullable columns.
     */
    private ForeignKey foreignKey(Schema s, Table child, String name, Set<String> avoid) {
        List<Table> targets = s.tables().stream()
                .filter(t -> t.primaryKey() != null || !t.uniqueConstraints().isEmpty()).toList();
        if (targets.isEmpty()) {
            return null;
        }
        Table target = pick(targets);
        List<String> keyColumns = target.primaryKey() != null && (target.uniqueConstraints().isEmpty() || random.nextBoolean())
                ? target.primaryKey().columns() : pick(target.uniqueConstraints()).columns();
        Set<String> taken = new HashSet<>(avoid);
        child.columns().forEach(c -> taken.add(c.name()));
        List<String> columns = new ArrayList<>();
        for (String key : keyColumns) {
            String type = target.column(key).orElseThrow().type();
            List<String> sameType = child.columns().stream()
                    .filter(c -> c.type().equals(type) && !c.identity() && !columns.contains(c.name()))
                    .map(Column::name).toList();
            if (!sameType.isEmpty() && random.nextBoolean()) {
                columns.add(pick(sameType));
            } else {
                String fresh = unusedName(COLUMN_NAMES, "ref", taken);
                taken.add(fresh);
                columns.add(fresh);
            }
        }
        return new ForeignKey(name, columns, target.name(), keyColumns, pick(ON_DELETE));
    }

    /**
     * {@code s} without the foreign keys an edit broke: a referenced table, key or column gone, a
     * column of another type. PostgreSQL needs a primary key or unique constraint on exactly the
     * referenced columns.
     */
    private static Schema validForeignKeys(Schema s) {
        Schema out = s;
        for (Table t : s.tables()) {
            List<ForeignKey> kept = t.foreignKeys().stream().filter(f -> valid(s, t, f)).toList();
            if (kept.size() != t.foreignKeys().size()) {
                out = out.with(t.withForeignKeys(kept));
            }
        }
        return out;
    }

    private static boolean valid(Schema s, Table child, ForeignKey f) {
        Table target = s.table(f.referencedTable()).orElse(null);
        if (target == null) {
            return false;
        }
        boolean keyed = target.primaryKey() != null && target.primaryKey().columns().equals(f.referencedColumns())
                || target.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(f.referencedColumns()));
        if (!keyed) {
            return false;
        }
        for (int i = 0; i < f.columns().size(); i++) {
            var column = child.column(f.columns().get(i));
            var referenced = target.column(f.referencedColumns().get(i));
            if (column.isEmpty() || referenced.isEmpty() || !column.get().type().equals(referenced.get().type())) {
                return false;
            }
        }
        return true;
    }

    /** The names of the table's constraints, which PostgreSQL keeps unique per table. */
    private static Set<String> constraintNames(Table t) {
        Set<String> taken = new HashSet<>();
        t.primaryKeyIfAny().ifPresent(k -> taken.add(k.name()));
        t.uniqueConstraints().forEach(u -> taken.add(u.name()));
        t.checks().forEach(c -> taken.add(c.name()));
        t.foreignKeys().forEach(f -> taken.add(f.name()));
        return taken;
    }

    /** A new table, named neither like a relation in {@code relations} nor like one in {@code avoid}. */
    private Table table(Set<String> relations, Set<String> avoid) {
        Set<String> taken = new HashSet<>(relations);
        taken.addAll(avoid);
        String local = unusedName(TABLE_NAMES, "t", taken);
        relations.add(local);
        String name = random.nextInt(4) == 0 ? Table.qualified(pick(SCHEMAS), local) : local;
        List<Column> columns = new ArrayList<>();
        Set<String> columnNames = new HashSet<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            columns.add(column(columnNames));
        }
        PrimaryKey primaryKey = null;
        if (random.nextInt(10) < 7) {
            List<String> keyColumns = distinctColumns(columns, 1 + random.nextInt(Math.min(2, columns.size())));
            primaryKey = new PrimaryKey(unusedName(OBJECT_NAMES, "pk", relations), keyColumns);
            // The model refuses a nullable key column: PostgreSQL would make it NOT NULL behind its back.
            columns.replaceAll(c -> keyColumns.contains(c.name()) ? c.withNullable(false) : c);
        }
        String comment = random.nextInt(4) == 0 ? pick(COMMENTS) : null;
        Table table = new Table(name, columns, primaryKey, List.of(), List.of());
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            uniques.add(unique(table, unusedName(OBJECT_NAMES, "uq", relations)));
        }
        List<Index> indexes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            indexes.add(index(table, unusedName(OBJECT_NAMES, "ix", relations)));
        }
        Table withKeys = new Table(name, columns, primaryKey, uniques, indexes, List.of(), List.of(), comment);
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            checks.add(check(withKeys.withChecks(checks), uncheckedName(withKeys.withChecks(checks))));
        }
        return withKeys.withChecks(checks);
    }

    /**
     * A check over one or two columns of {@code t}, in the forms Hibernate and users write: IN lists,
     * BETWEEN, comparisons, casts, IS NOT NULL, and boolean combinations of them; keywords in random case.
     */
    private CheckConstraint check(Table t, String name) {
        String condition = condition(pick(t.columns()));
        if (t.columns().size() > 1 && random.nextInt(3) == 0) {
            condition = "(" + condition + ") " + pick(List.of("OR", "and")) + " (" + condition(pick(t.columns())) + ")";
        }
        if (random.nextInt(5) == 0) {
            condition = "NOT (" + condition + ")";
        }
        return new CheckConstraint(name, condition);
    }

    private String condition(Column c) {
        String q = Identifiers.quote(c.name());
        String type = c.type();
        int form = random.nextInt(4);
        if (form == 0) {
            return q + " IS NOT NULL";
        }
        if (type.equals(SqlTypes.BIGINT) || type.equals(SqlTypes.INTEGER) || type.equals(SqlTypes.SMALLINT)) {
            return switch (form) {
                case 1 -> q + " between 0 and " + random.nextInt(100);
                case 2 -> q + " IN (" + random.nextInt(3) + ", 3, " + (4 + random.nextInt(5)) + ")";
                default -> q + " <> " + random.nextInt(10);
            };
        }
        if (type.startsWith("character") || type.equals(SqlTypes.TEXT)) {
            return switch (form) {
                case 1 -> q + " in ('A', 'B', 'It''s')";
                case 2 -> "length(" + q + ") > " + random.nextInt(3);
                default -> q + " <> ''";
            };
        }
        if (type.startsWith("numeric") || type.equals("double precision")) {
            return form == 1 ? q + " BETWEEN -1.5 AND 1000" : "cast(" + q + " as integer) >= 0";
        }
        if (type.equals(SqlTypes.DATE) || type.startsWith("timestamp")) {
            return q + " > '2000-01-01'";
        }
        if (type.equals(SqlTypes.BOOLEAN)) {
            return form == 1 ? q : q + " OR " + q + " IS NULL";
        }
        return q + " is not null";
    }

    /** The same check in other clothes: keyword case, spacing, parentheses around it. */
    private CheckConstraint respelled(CheckConstraint c) {
        String e = c.expression().replace(" IN ", " in ").replace(" OR ", "  or\n ").replace("NOT (", "not(");
        return c.withExpression(random.nextBoolean() ? "(" + e + ")" : " " + e + " ");
    }

    /** A check name the table's constraints do not use (checks share the table's constraint names). */
    private String uncheckedName(Table t) {
        Set<String> taken = new HashSet<>();
        t.primaryKeyIfAny().ifPresent(k -> taken.add(k.name()));
        t.uniqueConstraints().forEach(u -> taken.add(u.name()));
        t.checks().forEach(c -> taken.add(c.name()));
        return unusedName(CHECK_NAMES, "ck", taken);
    }

    private Column column(Set<String> taken) {
        String name = unusedName(COLUMN_NAMES, "c", taken);
        String comment = random.nextInt(5) == 0 ? pick(COMMENTS) : null;
        if (random.nextInt(8) == 0) {
            return new Column(name, pick(INTEGER_TYPES), false, true, null, comment);
        }
        String type = type();
        return new Column(name, type, random.nextBoolean(), false, random.nextInt(4) == 0 ? defaultFor(type) : null,
                comment);
    }

    /** A default for a column of {@code type}, spelled as PostgreSQL prints it back. */
    private String defaultFor(String type) {
        String base = type.replaceFirst("\\(.*\\)", "");
        return switch (base) {
            case "bigint", "integer", "smallint" -> pick(List.of("0", "42", "'-1'::integer"));
            case "boolean" -> pick(List.of("true", "false"));
            case "date" -> "CURRENT_DATE";
            case "uuid" -> "gen_random_uuid()";
            case "text" -> pick(List.of("'new'::text", "'O''Brien'::text", "''::text"));
            case "character varying" -> "'x'::character varying";
            case "numeric" -> "0";
            case "timestamp without time zone", "timestamp with time zone" -> pick(List.of("CURRENT_TIMESTAMP", "now()"));
            case "double precision" -> "2.5";
            case "character" -> "'a'::bpchar";
            case "time without time zone" -> "LOCALTIME";
            case "jsonb" -> "'{}'::jsonb";
            default -> "'{}'::text[]";
        };
    }

    private String type() {
        return switch (random.nextInt(16)) {
            case 0 -> SqlTypes.BIGINT;
            case 1 -> SqlTypes.INTEGER;
            case 2 -> SqlTypes.SMALLINT;
            case 3 -> SqlTypes.BOOLEAN;
            case 4 -> SqlTypes.DATE;
            case 5 -> SqlTypes.UUID;
            case 6 -> SqlTypes.TEXT;
            case 7 -> SqlTypes.varchar(1 + random.nextInt(1000));
            case 8 -> {
                int precision = 1 + random.nextInt(38);
                yield SqlTypes.numeric(precision, random.nextInt(precision + 1));
            }
            case 9 -> SqlTypes.timestamp(random.nextInt(7));
            case 10 -> SqlTypes.timestampWithTimeZone(random.nextInt(7));
            case 11 -> "double precision";
            case 12 -> "character(" + (1 + random.nextInt(20)) + ")";
            case 13 -> "time(" + random.nextInt(7) + ") without time zone";
            case 14 -> "jsonb";
            default -> "text[]";
        };
    }

    /** A column added to {@code t} under a name it never had, so the diff sees an addition, not a change. */
    private Table addColumn(Table t, List<Column> columnsInA) {
        Set<String> taken = new HashSet<>();
        t.columns().forEach(c -> taken.add(c.name()));
        columnsInA.forEach(c -> taken.add(c.name()));
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(column(taken));
        return t.withColumns(columns);
    }

    /** Drops a column outside the primary key, with the unique constraints and indexes that use it. */
    private Table dropColumn(Table t, Set<String> relations, List<String> freed) {
        List<Column> candidates = t.columns().stream()
                .filter(c -> t.primaryKey() == null || !t.primaryKey().columns().contains(c.name()))
                .toList();
        if (candidates.isEmpty()) {
            return t;
        }
        String dropped = pick(candidates).name();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint u : t.uniqueConstraints()) {
            if (u.columns().contains(dropped)) {
                forget(List.of(u.name()), relations, freed);
            } else {
                uniques.add(u);
            }
        }
        List<Index> indexes = new ArrayList<>();
        for (Index i : t.indexes()) {
            if (i.columns().contains(dropped) || i.columns().contains(dropped + " DESC")) {
                forget(List.of(i.name()), relations, freed);
            } else {
                indexes.add(i);
            }
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.removeIf(c -> c.name().equals(dropped));
        // Every generated check quotes the columns it uses; PostgreSQL drops a check with its column.
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        checks.removeIf(c -> c.expression().contains(Identifiers.quote(dropped)));
        return new Table(t.name(), columns, t.primaryKey(), uniques, indexes, List.of(), checks, t.comment());
    }

    private Index index(Table t, String name) {
        List<String> columns = distinctColumns(t.columns(), 1 + random.nextInt(Math.min(3, t.columns().size())));
        columns.replaceAll(c -> random.nextInt(3) == 0 ? c + " DESC" : c);
        return new Index(name, columns, random.nextInt(4) == 0);
    }

    private UniqueConstraint unique(Table t, String name) {
        return new UniqueConstraint(name, distinctColumns(t.columns(), 1 + random.nextInt(Math.min(3, t.columns().size()))));
    }

    private <T> List<T> replaceOrDrop(List<T> items, Function<T, String> name, Function<T, T> changed,
                                      Set<String> relations, List<String> freed) {
        List<T> out = new ArrayList<>(items);
        int i = random.nextInt(out.size());
        if (random.nextBoolean()) {
            forget(List.of(name.apply(out.get(i))), relations, freed);
            out.remove(i);
        } else {
            out.set(i, changed.apply(out.get(i)));
        }
        return out;
    }

    private List<String> distinctColumns(List<Column> columns, int count) {
        List<String> names = new ArrayList<>(columns.stream().map(Column::name).toList());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(names.remove(random.nextInt(names.size())));
        }
        return out;
    }

    /**
     * A name from {@code pool} or a numbered one, not in {@code taken}, which it joins. The numbered
     * names end in a letter, never in {@code seq} and digits.
     */
    private String unusedName(List<String> pool, String prefix, Set<String> taken) {
        String name = pick(pool);
        if (taken.contains(name) || random.nextBoolean()) {
            do {
                name = prefix + "_" + (++counter) + "_" + (char) ('a' + random.nextInt(26));
            } while (taken.contains(name));
        }
        taken.add(name);
        return name;
    }

    /** Sometimes a name B freed earlier (so a drop and a create of the same name meet in one migration). */
    private String reuseOrNew(Set<String> relations, List<String> freed) {
        freed.removeIf(relations::contains); // taken again since it was freed
        if (!freed.isEmpty() && random.nextBoolean()) {
            String name = freed.remove(random.nextInt(freed.size()));
            relations.add(name);
            return name;
        }
        return unusedName(OBJECT_NAMES, "ix", relations);
    }

    private static void forget(List<String> names, Set<String> relations, List<String> freed) {
        relations.removeAll(names);
        freed.addAll(names);
    }

    private static Set<String> relationNames(Schema s) {
        Set<String> names = new HashSet<>();
        s.tables().forEach(t -> names.addAll(relationNamesOf(t)));
        s.sequences().forEach(q -> names.add(q.name()));
        return names;
    }

    /**
     * The names a table takes in its schema's relation namespace: its own, its keys', its indexes'.
     * Kept unique across all schemas, which is stricter than PostgreSQL and simpler.
     */
    private static List<String> relationNamesOf(Table t) {
        List<String> names = new ArrayList<>();
        names.add(t.localName());
        t.primaryKeyIfAny().ifPresent(k -> names.add(k.name()));
        t.uniqueConstraints().forEach(u -> names.add(u.name()));
        t.indexes().forEach(i -> names.add(i.name()));
        return names;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
