package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Two entities on one table (Apache Ranger's {@code XXPolicy}, whose id a sequence draws, and
 * {@code XXPolicyWithAssignedId}, whose id is assigned, both {@code @Table(name = "x_policy")}; its three access audit
 * entities, the newest with three more columns): Hibernate makes one table of them, keeping for a column both map the
 * definition of the entity it registers first, and adding each entity's other columns and constraints. Which entity
 * comes first a compiler cannot see; when both define every column they share, their key, and the constraints of one
 * name alike, it does not matter, and the table is the union of both, as Hibernate 6.6, 7.2 and 7.4 export it
 * (parity model {@code sharedtable}). Otherwise the merge is refused, with the first thing that differs.
 */
final class SharedEntityTable {

    private SharedEntityTable() {
    }

    /**
     * The table both entities make together, or why none.
     *
     * @param table    the union of both tables; null when they differ somewhere
     * @param conflict what differs, as a message puts it; null when merged
     */
    record Merge(Table table, String conflict) {

        static Merge refused(String conflict) {
            return new Merge(null, conflict);
        }
    }

    /** The union of the first entity's table and another's of the same name, the first's order kept. */
    static Merge merge(Table first, Table other) {
        if (!Objects.equals(first.primaryKey(), other.primaryKey())) {
            return Merge.refused("its primary key is " + key(other) + " where the other's is " + key(first));
        }
        if (first.comment() != null && other.comment() != null && !first.comment().equals(other.comment())) {
            return Merge.refused("its table comment differs");
        }
        List<Column> columns = new ArrayList<>(first.columns());
        for (Column c : other.columns()) {
            Optional<Column> mine = first.column(c.name());
            if (mine.isEmpty()) {
                columns.add(c);
            } else if (!mine.get().equals(c)) {
                return Merge.refused("it defines column " + c.describe() + " where the other has " + mine.get().describe()
                        + (mine.get().describe().equals(c.describe()) ? " (with another comment or check)" : ""));
            }
        }
        List<UniqueConstraint> uniques = new ArrayList<>(first.uniqueConstraints());
        List<Index> indexes = new ArrayList<>(first.indexes());
        List<ForeignKey> keys = new ArrayList<>(first.foreignKeys());
        List<CheckConstraint> checks = new ArrayList<>(first.checks());
        String conflict = union(uniques, other.uniqueConstraints(), UniqueConstraint::name, "unique constraint");
        conflict = conflict != null ? conflict : union(indexes, other.indexes(), Index::name, "index");
        conflict = conflict != null ? conflict : union(keys, other.foreignKeys(), ForeignKey::name, "foreign key");
        conflict = conflict != null ? conflict : union(checks, other.checks(), CheckConstraint::name, "check");
        if (conflict != null) {
            return Merge.refused(conflict);
        }
        return new Merge(new Table(first.name(), columns, first.primaryKey(), uniques, indexes, keys, checks,
                first.comment() != null ? first.comment() : other.comment()), null);
    }

    /** Adds the other's constraints that the first lacks; the one of a name both have must be the same. */
    private static <T> String union(List<T> mine, List<T> others, Function<T, String> name, String what) {
        for (T o : others) {
            Optional<T> same = mine.stream().filter(m -> name.apply(m).equals(name.apply(o))).findFirst();
            if (same.isEmpty()) {
                mine.add(o);
            } else if (!same.get().equals(o)) {
                return "its " + what + " " + name.apply(o) + " is " + o + " where the other's is " + same.get();
            }
        }
        return null;
    }

    private static String key(Table table) {
        return table.primaryKey() == null ? "none" : table.primaryKey().columns().toString();
    }
}
