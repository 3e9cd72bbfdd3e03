package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
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

        List<Change> dropDependents = new ArrayList<>();
        List<Change> dropTables = new ArrayList<>();
        List<Change> dropColumns = new ArrayList<>();
        List<Change> createTables = new ArrayList<>();
        List<Change> addColumns = new ArrayList<>();
        List<Change> createDependents = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();

        for (String name : names) {
            Table old = before.get(name);
            Table now = after.get(name);
            if (now == null) {
                old.indexes().forEach(i -> dropDependents.add(new DropIndex(name, i)));
                dropTables.add(new DropTable(old.withIndexes(List.of())));
            } else if (old == null) {
                createTables.add(new CreateTable(now.withIndexes(List.of())));
                now.indexes().forEach(i -> createDependents.add(new CreateIndex(name, i)));
            } else {
                compareTable(old, now, dropDependents, dropColumns, addColumns, createDependents, unsupported);
            }
        }
        if (!unsupported.isEmpty()) {
            throw new UnsupportedChangeException(unsupported);
        }
        List<Change> changes = new ArrayList<>();
        changes.addAll(dropDependents);
        changes.addAll(dropTables);
        changes.addAll(dropColumns);
        changes.addAll(createTables);
        changes.addAll(addColumns);
        changes.addAll(createDependents);
        return List.copyOf(changes);
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

        for (Column c : old.columns()) {
            if (now.column(c.name()).isEmpty()) {
                dropColumns.add(new DropColumn(table, c));
            }
        }
        for (Column c : now.columns()) {
            Column previous = old.column(c.name()).orElse(null);
            if (previous == null) {
                addColumns.add(new AddColumn(table, c));
            } else if (!previous.equals(c)) {
                unsupported.add("column " + table + "." + c.name() + " changed from " + previous.describe()
                        + " to " + c.describe());
            }
        }
        if (!Objects.equals(old.primaryKey(), now.primaryKey())) {
            unsupported.add("primary key of " + table + " changed from " + describe(old) + " to " + describe(now));
        }
    }

    private static String describe(Table t) {
        return t.primaryKey() == null ? "none" : t.primaryKey().name() + "(" + String.join(", ", t.primaryKey().columns()) + ")";
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
