package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.bind.MappedEntity;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Two entities mapped to one table (OpenOLAT's light entities, a narrower view of a table beside the entity that
 * owns it), made one table as Hibernate makes it, where the result does not depend on the order Hibernate
 * registers the entities, which a compiler cannot see.
 *
 * <p>Hibernate 6.6, 7.2 and 7.4 alike ({@code InFlightMetadataCollectorImpl.addTable} returns the table a logical
 * name already has): each entity adds its columns, and {@code Table.addColumn} keeps a column of a name already
 * there as first added, with all it exports of it (type, length, nullability, identity, default, comment, and the
 * column's own uniqueness and checks); a primary key is the last entity's in 6.6 and the first's in 7.2 and 7.4;
 * table-level unique keys and indexes are kept by name (an index of one name gathers both entities' columns), foreign
 * keys by columns and target, table checks in a list (twice when both declare one), the comment as last set; the
 * columns are exported in {@code ColumnOrderingStrategyStandard}'s order, which depends on no entity. So the tables
 * merge when every column both map is the same, the keys are the same, and any constraint that can be a column's
 * own (a one-column unique constraint, a check naming the column) over a column both map is in both: the rest is
 * the union. Anything else is a conflict, which names what differs.
 */
final class SharedTable {

    private SharedTable() {
    }

    /** The merged table, or what makes Hibernate's table depend on the order it registers the entities. */
    record Merge(Table table, String conflict) {
    }

    /** {@code first}'s table with {@code second}'s merged into it, or the conflict. */
    static Merge merge(MappedEntity first, MappedEntity second) {
        Table a = first.table();
        Table b = second.table();
        String one = first.element().getSimpleName().toString();
        String other = second.element().getSimpleName().toString();
        if (!first.logicalTable().equalsIgnoreCase(second.logicalTable())) {
            return conflict("the table is named " + second.logicalTable() + " in " + other + " and "
                    + first.logicalTable() + " in " + one + ", two logical names Hibernate keeps apart (it would"
                    + " create the table twice)");
        }
        if (!Objects.equals(a.primaryKey() == null ? null : a.primaryKey().columns(),
                b.primaryKey() == null ? null : b.primaryKey().columns())) {
            return conflict("the primary key is " + key(b) + " in " + other + " and " + key(a) + " in " + one);
        }
        Set<String> shared = new java.util.LinkedHashSet<>();
        for (Column c : b.columns()) {
            Column mine = a.column(c.name()).orElse(null);
            if (mine == null) {
                continue;
            }
            shared.add(c.name());
            if (!mine.equals(c)) {
                return conflict("column " + c.name() + " is " + describe(c) + " in " + other + " and "
                        + describe(mine) + " in " + one);
            }
        }
        String own = ownConstraints(a, b, shared, one, other);
        if (own != null) {
            return conflict(own);
        }
        return union(a, b, shared, one, other);
    }

    /** The constraints a column both map may have of its own must be in both tables, as the first one's win. */
    private static String ownConstraints(Table a, Table b, Set<String> shared, String one, String other) {
        Set<String> key = a.primaryKey() == null ? Set.of() : Set.copyOf(a.primaryKey().columns());
        for (Table[] pair : new Table[][] {{a, b}, {b, a}}) {
            String in = pair[0] == a ? one : other;
            String notIn = pair[0] == a ? other : one;
            for (UniqueConstraint u : pair[0].uniqueConstraints()) {
                if (u.columns().size() == 1 && shared.contains(u.columns().get(0)) && !key.contains(u.columns().get(0))
                        && pair[1].uniqueConstraints().stream().noneMatch(o -> o.columns().equals(u.columns()))) {
                    return "column " + u.columns().get(0) + " is unique in " + in + " and not in " + notIn;
                }
            }
            for (CheckConstraint k : pair[0].checks()) {
                String column = shared.stream().filter(c -> mentions(k.expression(), c)).findFirst().orElse(null);
                if (column != null && !pair[1].checks().contains(k)) {
                    return "column " + column + " has the check (" + k.expression() + ") in " + in + " and not in "
                            + notIn;
                }
            }
        }
        return null;
    }

    /** Both tables' columns, constraints, indexes and foreign keys, each once; a conflict where two of a kind clash. */
    private static Merge union(Table a, Table b, Set<String> shared, String one, String other) {
        List<Column> columns = new ArrayList<>(a.columns());
        b.columns().stream().filter(c -> !shared.contains(c.name())).forEach(columns::add);
        List<UniqueConstraint> uniques = new ArrayList<>(a.uniqueConstraints());
        List<Index> indexes = new ArrayList<>(a.indexes());
        List<ForeignKey> keys = new ArrayList<>(a.foreignKeys());
        List<CheckConstraint> checks = new ArrayList<>(a.checks());
        String clash = addEach(uniques, b.uniqueConstraints(), (o, u) -> o.name().equals(u.name())
                || Set.copyOf(o.columns()).equals(Set.copyOf(u.columns())), (u, twin) -> "the unique constraint "
                + u.name() + " " + u.columns() + " of " + other + " and " + twin.name() + " " + twin.columns() + " of "
                + one + " differ in name or columns");
        if (clash == null) {
            clash = addEach(indexes, b.indexes(), (o, i) -> o.name().equals(i.name()), (i, twin) -> "the index "
                    + i.name() + " is " + i.columns() + " in " + other + " and " + twin.columns() + " in " + one
                    + " (Hibernate makes one index of both lists)");
        }
        if (clash == null) {
            clash = addEach(keys, b.foreignKeys(), (o, k) -> o.name().equals(k.name())
                    || o.columns().equals(k.columns()) && o.referencedTable().equals(k.referencedTable()),
                    (k, twin) -> "the foreign key " + k.name() + " " + k.describe() + " of " + other + " and "
                    + twin.name() + " " + twin.describe() + " of " + one + " differ");
        }
        if (clash == null) {
            clash = addEach(checks, b.checks(), (o, k) -> o.name().equals(k.name()), (k, twin) -> "the check "
                    + k.name() + " is (" + k.expression() + ") in " + other + " and (" + twin.expression() + ") in "
                    + one);
        }
        if (clash != null) {
            return conflict(clash);
        }
        if (a.comment() != null && b.comment() != null && !a.comment().equals(b.comment())) {
            return conflict("the table's comment is '" + b.comment() + "' in " + other + " and '" + a.comment()
                    + "' in " + one);
        }
        return new Merge(new Table(a.name(), columns, a.primaryKey(), uniques, indexes, keys, checks,
                a.comment() != null ? a.comment() : b.comment()), null);
    }

    /** Reports the entity whose table another one maps in a way that makes Hibernate's table depend on their order. */
    static void report(MappedEntity first, MappedEntity entity, String conflict, Report report) {
        report.error(Code.DUPLICATE_TABLE, "@Entity " + entity.element().getSimpleName() + " maps to table "
                + entity.table().name() + " of database " + entity.database() + ", which @Entity "
                + first.element().getQualifiedName() + " also maps to. Hibernate makes one table of them, keeping for a"
                + " column both map the definition of the entity it registers first, an order a compiler cannot see: "
                + conflict + ". Map it alike in both, exclude the one that is a narrower view of the table"
                + " (-Amigrate.exclude=" + entity.element().getQualifiedName() + "), or give one of them its own"
                + " table with @Table(name = \"...\")", entity.element(), entity.entityAnnotation());
    }

    /**
     * Adds to {@code into} each of {@code more} that no element of {@code into} is a twin of (Hibernate keeps one of
     * each, by name or by what it covers); the clash, described, where a twin is not the same.
     */
    private static <T> String addEach(List<T> into, List<T> more, BiPredicate<T, T> twin,
                                      BiFunction<T, T, String> clash) {
        for (T item : more) {
            T found = into.stream().filter(o -> twin.test(o, item)).findFirst().orElse(null);
            if (found == null) {
                into.add(item);
            } else if (!found.equals(item)) {
                return clash.apply(item, found);
            }
        }
        return null;
    }

    private static Merge conflict(String what) {
        return new Merge(null, what);
    }

    /** Whether a check's condition names the column (quoted or not). */
    private static boolean mentions(String expression, String column) {
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column) + "\"?(?![\\w$])", Pattern.CASE_INSENSITIVE)
                .matcher(expression).find();
    }

    private static String describe(Column c) {
        return "'" + c.describe() + "'" + (c.comment() == null ? "" : " with the comment '" + c.comment() + "'");
    }

    private static String key(Table t) {
        return t.primaryKey() == null ? "none" : String.valueOf(t.primaryKey().columns());
    }
}
