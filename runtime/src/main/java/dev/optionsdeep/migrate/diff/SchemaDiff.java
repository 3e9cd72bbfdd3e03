package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.AddPrimaryKey;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.AlterSequence;
import dev.optionsdeep.migrate.change.CommentOnTable;
import dev.optionsdeep.migrate.change.CreateSchema;
import dev.optionsdeep.migrate.change.DropPrimaryKey;
import dev.optionsdeep.migrate.change.DropSchema;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateSequence;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropCheckConstraint;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropSequence;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two schemas and lists the changes that turn the first into the second.
 *
 * <p>The order is the one that works on a live database: everything that depends on a column or
 * table is dropped before it, everything that needs a table or column is created after it.
 * Within each phase, tables and objects go by name, so the output is deterministic.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /**
     * @throws UnsupportedChangeException when the schemas differ in something no change expresses yet
     */
    public static List<Change> between(Schema from, Schema to) {
        Map<String, Table> before = byName(from.tables(), Table::name);
        Map<String, Table> after = byName(to.tables(), Table::name);
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());

        List<Change> dropForeignKeys = new ArrayList<>();
        List<Change> dropDependents = new ArrayList<>();
        List<Change> dropTables = new ArrayList<>();
        List<Change> dropColumns = new ArrayList<>();
        List<Change> createTables = new ArrayList<>();
        List<Change> addColumns = new ArrayList<>();
        List<Change> createDependents = new ArrayList<>();
        List<Change> addForeignKeys = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();

        for (String name : names) {
            Table old = before.get(name);
            Table now = after.get(name);
            if (now == null) {
                old.foreignKeys().forEach(f -> dropForeignKeys.add(new DropForeignKey(name, f)));
                old.indexes().forEach(i -> dropDependents.add(new DropIndex(name, i)));
                dropTables.add(new DropTable(old.withIndexes(List.of()).withForeignKeys(List.of())));
            } else if (old == null) {
                createTables.add(new CreateTable(now.withIndexes(List.of()).withForeignKeys(List.of())));
                now.indexes().forEach(i -> createDependents.add(new CreateIndex(name, i)));
                now.foreignKeys().forEach(f -> addForeignKeys.add(new AddForeignKey(name, f)));
            } else {
                compareTable(old, now, dropDependents, dropColumns, addColumns, createDependents, unsupported);
                compareSet(old.foreignKeys(), now.foreignKeys(), ForeignKey::name,
                        f -> dropForeignKeys.add(new DropForeignKey(name, f)),
                        f -> addForeignKeys.add(new AddForeignKey(name, f)));
            }
        }
        recreateForeignKeysOverRecreatedKeys(before, after, dropDependents, dropForeignKeys, addForeignKeys);

        List<Change> createSequences = new ArrayList<>();
        List<Change> dropSequences = new ArrayList<>();
        compareSequences(from, to, createSequences, dropSequences);
        List<Change> createSchemas = new ArrayList<>();
        List<Change> dropSchemas = new ArrayList<>();
        compareSchemas(from, to, createSchemas, dropSchemas);
        if (!unsupported.isEmpty()) {
            throw new UnsupportedChangeException(unsupported);
        }
        List<Change> changes = new ArrayList<>();
        changes.addAll(dropForeignKeys);
        changes.addAll(dropDependents);
        changes.addAll(dropTables);
        changes.addAll(dropColumns);
        changes.addAll(dropSequences);
        changes.addAll(dropSchemas);
        changes.addAll(createSchemas);
        changes.addAll(createSequences);
        changes.addAll(createTables);
        changes.addAll(addColumns);
        changes.addAll(createDependents);
        changes.addAll(addForeignKeys);
        return List.copyOf(changes);
    }

    /**
     * A foreign key needs a unique key (a primary key, a unique constraint or a unique index) over the
     * columns it references. When that key is dropped in this migration (and perhaps created again),
     * PostgreSQL refuses to drop it while the foreign key exists, so an unchanged foreign key over it
     * is dropped first and added again afterwards, once the keys are back. So is one over a column whose
     * type changes.
     */
    private static void recreateForeignKeysOverRecreatedKeys(Map<String, Table> before, Map<String, Table> after,
                                                             List<Change> dropDependents, List<Change> dropForeignKeys,
                                                             List<Change> addForeignKeys) {
        java.util.Set<String> droppedKeys = new java.util.HashSet<>();
        // A column whose type changes: PostgreSQL checks every foreign key over it against the new type at
        // once, before the other side has changed too (uuid to text on both sides fails), so such a foreign
        // key is dropped first and added again once both sides have their new types.
        java.util.Set<String> retyped = new java.util.HashSet<>();
        for (Table t : after.values()) {
            Table old = before.get(t.name());
            if (old != null) {
                for (Column c : t.columns()) {
                    old.column(c.name()).filter(o -> !o.type().equals(c.type()))
                            .ifPresent(o -> retyped.add(t.name() + "." + c.name()));
                }
            }
        }
        for (Change c : dropDependents) {
            if (c instanceof DropUniqueConstraint u) {
                droppedKeys.add(keyOver(u.table(), u.constraint().columns()));
            } else if (c instanceof DropIndex i && i.index().unique()) {
                droppedKeys.add(keyOver(i.table(), i.index().columns()));
            } else if (c instanceof DropPrimaryKey p) {
                droppedKeys.add(keyOver(p.table(), p.primaryKey().columns()));
            }
        }
        if (droppedKeys.isEmpty() && retyped.isEmpty()) {
            return;
        }
        for (Table t : after.values()) {
            Table old = before.get(t.name());
            if (old == null) {
                continue;
            }
            for (ForeignKey f : t.foreignKeys()) {
                boolean unchanged = old.foreignKeys().contains(f);
                boolean overRetyped = f.columns().stream().anyMatch(c -> retyped.contains(t.name() + "." + c))
                        || f.referencedColumns().stream().anyMatch(c -> retyped.contains(f.referencedTable() + "." + c));
                if (unchanged && (overRetyped || droppedKeys.contains(keyOver(f.referencedTable(), f.referencedColumns())))) {
                    dropForeignKeys.add(new DropForeignKey(t.name(), f));
                    addForeignKeys.add(new AddForeignKey(t.name(), f));
                }
            }
        }
    }

    /**
     * A unique key as PostgreSQL matches it to a foreign key: by its table and the set of its columns, in
     * any order (a foreign key over {@code (b, a)} may rest on a primary key over {@code (a, b)}).
     */
    private static String keyOver(String table, List<String> columns) {
        return table + new java.util.TreeSet<>(columns);
    }

    /**
     * A named schema is created when the model's first table or sequence goes into it and dropped when
     * its last one leaves (never with CASCADE, so PostgreSQL refuses while anything else is left in it).
     * The database's default schema is never created or dropped here: the connection settings own it;
     * nor is {@code public}, which every PostgreSQL database has (and {@code @Table(schema = "public")}
     * names often).
     */
    private static void compareSchemas(Schema from, Schema to, List<Change> create, List<Change> drop) {
        TreeSet<String> before = schemaNames(from);
        TreeSet<String> after = schemaNames(to);
        before.remove("public");
        after.remove("public");
        before.stream().filter(s -> !after.contains(s)).forEach(s -> drop.add(new DropSchema(s)));
        after.stream().filter(s -> !before.contains(s)).forEach(s -> create.add(new CreateSchema(s)));
    }

    private static TreeSet<String> schemaNames(Schema schema) {
        TreeSet<String> names = new TreeSet<>();
        schema.tables().forEach(t -> {
            if (t.schemaName() != null) {
                names.add(t.schemaName());
            }
        });
        schema.sequences().forEach(q -> {
            if (q.schemaName() != null) {
                names.add(q.schemaName());
            }
        });
        return names;
    }

    /** Start and increment change in place (the sequence keeps its position), never by drop and create. */
    private static void compareSequences(Schema from, Schema to, List<Change> create, List<Change> drop) {
        Map<String, Sequence> before = byName(from.sequences(), Sequence::name);
        Map<String, Sequence> after = byName(to.sequences(), Sequence::name);
        before.forEach((name, old) -> {
            Sequence now = after.get(name);
            if (now == null) {
                drop.add(new DropSequence(old));
            } else if (!now.equals(old)) {
                create.add(new AlterSequence(old, now));
            }
        });
        after.forEach((name, now) -> {
            if (!before.containsKey(name)) {
                create.add(new CreateSequence(now));
            }
        });
    }

    /** The changes that undo {@code changes}: each inverted, in reverse order. */
    public static List<Change> inverse(List<Change> changes) {
        List<Change> out = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            out.add(changes.get(i).inverse());
        }
        return List.copyOf(out);
    }

    private static void compareTable(Table old, Table now, List<Change> dropDependents, List<Change> dropColumns,
                                     List<Change> addColumns, List<Change> createDependents, List<String> unsupported) {
        String table = now.name();
        // Unique constraints and indexes first: a changed one is dropped and created again.
        compareSet(old.uniqueConstraints(), now.uniqueConstraints(), UniqueConstraint::name,
                u -> dropDependents.add(new DropUniqueConstraint(table, u)),
                u -> createDependents.add(new AddUniqueConstraint(table, u)));
        compareSet(old.indexes(), now.indexes(), Index::name,
                i -> dropDependents.add(new DropIndex(table, i)),
                i -> createDependents.add(new CreateIndex(table, i)));
        compareSet(old.checks(), now.checks(), CheckConstraint::name,
                c -> dropDependents.add(new DropCheckConstraint(table, c)),
                c -> createDependents.add(new AddCheckConstraint(table, c)));

        for (Column c : old.columns()) {
            if (now.column(c.name()).isEmpty()) {
                dropColumns.add(new DropColumn(table, c));
            }
        }
        for (Column c : now.columns()) {
            Column previous = old.column(c.name()).orElse(null);
            if (previous == null) {
                addColumns.add(new AddColumn(table, c));
            } else if (!Objects.equals(previous.verbatim(), c.verbatim())) {
                // A definition only PostgreSQL understands cannot be altered in place: the column is dropped and
                // added again (Autogenerate asks the user to confirm, as the data goes).
                dropColumns.add(new DropColumn(table, previous));
                addColumns.add(new AddColumn(table, c));
            } else if (!previous.equals(c)) {
                // In place, keeping the data: a type is never changed by dropping and adding the column.
                addColumns.add(new AlterColumn(table, previous, c));
            }
        }
        // A changed primary key (columns or name) is dropped and added again: after its columns become
        // NOT NULL, before foreign keys that reference it are added again.
        if (!Objects.equals(old.primaryKey(), now.primaryKey())) {
            if (old.primaryKey() != null) {
                dropDependents.add(new DropPrimaryKey(table, old.primaryKey()));
            }
            if (now.primaryKey() != null) {
                createDependents.add(new AddPrimaryKey(table, now.primaryKey()));
            }
        }
        if (!Objects.equals(old.comment(), now.comment())) {
            createDependents.add(new CommentOnTable(table, old.comment(), now.comment()));
        }
    }

    private static <T> void compareSet(List<T> old, List<T> now, Function<T, String> name,
                                       java.util.function.Consumer<T> drop, java.util.function.Consumer<T> create) {
        Map<String, T> before = byName(old, name);
        Map<String, T> after = byName(now, name);
        before.forEach((n, item) -> {
            if (!item.equals(after.get(n))) {
                drop.accept(item);
            }
        });
        after.forEach((n, item) -> {
            if (!item.equals(before.get(n))) {
                create.accept(item);
            }
        });
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(i -> map.put(name.apply(i), i));
        return map;
    }
}
