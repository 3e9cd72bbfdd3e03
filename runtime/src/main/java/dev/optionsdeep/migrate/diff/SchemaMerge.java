package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Joins the schemas of several branches into the schema of their merge, against the schema where
 * they split (a three-way merge): what one branch changed is taken; what no branch changed stays.
 *
 * <p>What two branches both changed is a conflict, reported and never guessed: a table, column,
 * primary key, unique constraint, index, foreign key, check constraint or sequence that two branches
 * define differently, and also one they
 * define the same way, because both branches' migrations would then create (or drop) it and the
 * second would fail.
 */
public final class SchemaMerge {

    private SchemaMerge() {
    }

    /**
     * @param schema    the merged schema; meaningful only when there are no conflicts
     * @param conflicts one line per element two branches both changed, sorted by table
     */
    public record Result(Schema schema, List<String> conflicts) {

        public Result {
            conflicts = List.copyOf(conflicts);
        }

        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }
    }

    /**
     * @param base     the schema where the branches split (empty when they share no revision)
     * @param branches each branch's schema, by the name messages give it (its head revision), in order
     */
    public static Result merge(Schema base, Map<String, Schema> branches) {
        List<String> conflicts = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        base.tables().forEach(t -> names.add(t.name()));
        branches.values().forEach(s -> s.tables().forEach(t -> names.add(t.name())));
        List<Table> merged = new ArrayList<>();
        for (String name : names) {
            Table before = base.table(name).orElse(null);
            Map<String, Table> versions = new LinkedHashMap<>();
            branches.forEach((branch, schema) -> versions.put(branch, schema.table(name).orElse(null)));
            Map<String, Table> changed = changed(before, versions);
            Table result;
            if (changed.size() <= 1) {
                result = changed.isEmpty() ? before : changed.values().iterator().next();
            } else if (before == null || changed.containsValue(null)) {
                conflicts.add(conflict("table " + name, before, changed, SchemaMerge::columnList));
                continue;
            } else {
                result = mergeTable(before, changed, conflicts);
            }
            if (result != null) {
                merged.add(result);
            }
        }
        List<Sequence> sequences = elements("sequence ", base.sequences(), branches, Schema::sequences, Sequence::name,
                Sequence::describe, conflicts);
        return new Result(conflicts.isEmpty() ? new Schema(merged, sequences) : base, conflicts);
    }

    /** Both branches changed the table: merge it element by element. */
    private static Table mergeTable(Table before, Map<String, Table> branches, List<String> conflicts) {
        String name = before.name();
        int reported = conflicts.size();
        List<Column> columns = elements("column " + name + ".", before.columns(), branches, Table::columns,
                Column::name, Column::describe, conflicts);
        List<UniqueConstraint> uniques = elements("unique constraint ", before.uniqueConstraints(), branches,
                Table::uniqueConstraints, UniqueConstraint::name, u -> u.name() + " " + u.columns(), conflicts);
        List<Index> indexes = elements("index ", before.indexes(), branches, Table::indexes, Index::name,
                i -> (i.unique() ? "unique " : "") + i.name() + " " + i.columns(), conflicts);
        List<ForeignKey> foreignKeys = elements("foreign key ", before.foreignKeys(), branches, Table::foreignKeys,
                ForeignKey::name, ForeignKey::describe, conflicts);
        List<CheckConstraint> checks = elements("check constraint ", before.checks(), branches, Table::checks,
                CheckConstraint::name, c -> c.name() + " (" + c.expression() + ")", conflicts);
        Map<String, PrimaryKey> keys = new LinkedHashMap<>();
        branches.forEach((branch, t) -> keys.put(branch, t.primaryKey()));
        Map<String, PrimaryKey> changedKeys = changed(before.primaryKey(), keys);
        PrimaryKey key = before.primaryKey();
        if (changedKeys.size() == 1) {
            key = changedKeys.values().iterator().next();
        } else if (changedKeys.size() > 1) {
            conflicts.add(conflict("primary key of " + name, before.primaryKey(), changedKeys,
                    k -> k.name() + " " + k.columns()));
        }
        Map<String, String> comments = new LinkedHashMap<>();
        branches.forEach((branch, t) -> comments.put(branch, t.comment()));
        Map<String, String> changedComments = changed(before.comment(), comments);
        String comment = before.comment();
        if (changedComments.size() == 1) {
            comment = changedComments.values().iterator().next();
        } else if (changedComments.size() > 1) {
            conflicts.add(conflict("comment of table " + name, before.comment(), changedComments, c -> "\"" + c + "\""));
        }
        if (conflicts.size() > reported) {
            return null;
        }
        try {
            return new Table(name, columns, key, uniques, indexes, foreignKeys, checks, comment);
        } catch (IllegalArgumentException e) {
            // Each change fits its own branch, yet together they do not: an index on a column the other dropped.
            conflicts.add("table " + name + ": the branches' changes do not fit together: " + e.getMessage());
            return null;
        }
    }

    /**
     * Merges one kind of element of a table by name: the base's elements in their order, each as the
     * one branch that changed it has it, then the elements branches added, in branch order.
     */
    private static <C, E> List<E> elements(String kind, List<E> before, Map<String, C> branches,
                                           Function<C, List<E>> of, Function<E, String> key,
                                           Function<E, String> describe, List<String> conflicts) {
        Map<String, E> base = byName(before, key);
        Map<String, Map<String, E>> byBranch = new LinkedHashMap<>();
        branches.forEach((branch, container) -> byBranch.put(branch, byName(of.apply(container), key)));
        List<String> order = new ArrayList<>(base.keySet());
        byBranch.values().forEach(m -> m.keySet().stream().filter(n -> !order.contains(n)).forEach(order::add));
        List<E> out = new ArrayList<>();
        for (String name : order) {
            Map<String, E> versions = new LinkedHashMap<>();
            byBranch.forEach((branch, m) -> versions.put(branch, m.get(name)));
            Map<String, E> changed = changed(base.get(name), versions);
            if (changed.size() > 1) {
                conflicts.add(conflict(kind + name, base.get(name), changed, describe));
                continue;
            }
            E result = changed.isEmpty() ? base.get(name) : changed.values().iterator().next();
            if (result != null) {
                out.add(result);
            }
        }
        return out;
    }

    /** The branches whose version differs from the base's (null standing for "not there"), in branch order. */
    private static <T> Map<String, T> changed(T before, Map<String, T> versions) {
        Map<String, T> changed = new LinkedHashMap<>();
        versions.forEach((branch, version) -> {
            if (!Objects.equals(before, version)) {
                changed.put(branch, version);
            }
        });
        return changed;
    }

    private static <T> String conflict(String what, T before, Map<String, T> changed, Function<T, String> describe) {
        List<String> parts = new ArrayList<>();
        changed.forEach((branch, version) -> parts.add((version == null ? "dropped" : before == null ? "added" : "changed")
                + " in " + branch + (version == null ? "" : " as " + describe.apply(version))));
        boolean same = changed.values().stream().distinct().count() == 1;
        return what + ": " + String.join(", ", parts)
                + (same ? " (the same way, but each branch's migration would do it, and the second would fail)" : "");
    }

    private static String columnList(Table table) {
        return "(" + String.join(", ", table.columns().stream().map(Column::describe).toList()) + ")";
    }

    private static <E> Map<String, E> byName(List<E> elements, Function<E, String> key) {
        Map<String, E> map = new LinkedHashMap<>();
        elements.forEach(e -> map.put(key.apply(e), e));
        return map;
    }
}
