package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.RenameColumn;
import dev.optionsdeep.migrate.change.RenameConstraint;
import dev.optionsdeep.migrate.change.RenameIndex;
import dev.optionsdeep.migrate.change.RenameTable;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the hints that apply into rename steps. A hint applies while its old name exists in the head
 * revision and its new name does not; once a revision captured the rename, it names nothing and is
 * inert. Then the constraints and indexes of the renamed tables and columns, which PostgreSQL leaves
 * with their old names, are renamed to the names the model gives them.
 *
 * @param steps   the rename steps, in the order they run
 * @param renamed the head schema after those steps: what the rest of the diff starts from
 * @param ignored hints that name nothing in the head revision, in the user's words
 */
record Renames(List<Change> steps, Schema renamed, List<String> ignored) {

    static Renames plan(Schema head, Schema model, RenameHints hints) {
        List<Change> steps = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Set<String> touched = new TreeSet<>();
        Schema schema = head;
        for (RenameHints.TableHint h : hints.tables()) {
            // The old name is in the table's own schema unless the hint names one.
            String from = Table.schemaOf(h.renamedFrom()) == null && Table.schemaOf(h.table()) != null
                    ? Table.qualified(Table.schemaOf(h.table()), h.renamedFrom()) : h.renamedFrom();
            if (!java.util.Objects.equals(Table.schemaOf(from), Table.schemaOf(h.table()))) {
                ignored.add("@RenamedFrom(\"" + h.renamedFrom() + "\") on the entity of table " + h.table()
                        + ": a rename cannot move a table to another schema; write that step by hand"
                        + " (ops.execute(\"ALTER TABLE … SET SCHEMA …\"))");
                continue;
            }
            boolean oldExists = schema.table(from).isPresent();
            if (oldExists && schema.table(h.table()).isEmpty() && model.table(h.table()).isPresent()) {
                steps.add(new RenameTable(from, h.table()));
                schema = steps.get(steps.size() - 1).applyTo(schema);
                touched.add(h.table());
            } else if (!oldExists && head.table(h.table()).isEmpty()) {
                ignored.add("@RenamedFrom(\"" + h.renamedFrom() + "\") on the entity of table " + h.table()
                        + ": the head revision has no table " + h.renamedFrom());
            }
        }
        for (RenameHints.ColumnHint h : hints.columns()) {
            Table t = schema.table(h.table()).orElse(null);
            Table target = model.table(h.table()).orElse(null);
            if (t == null || target == null || target.column(h.column()).isEmpty()) {
                continue; // a new table: nothing to rename
            }
            boolean oldExists = t.column(h.renamedFrom()).isPresent();
            if (oldExists && t.column(h.column()).isEmpty()) {
                steps.add(new RenameColumn(h.table(), h.renamedFrom(), h.column()));
                schema = steps.get(steps.size() - 1).applyTo(schema);
                touched.add(h.table());
            } else if (!oldExists && t.column(h.column()).isEmpty()) {
                ignored.add("@RenamedFrom(\"" + h.renamedFrom() + "\") on column " + h.table() + "." + h.column()
                        + ": the head revision has no column " + h.table() + "." + h.renamedFrom());
            }
        }
        // Foreign keys pointing at a renamed table or column are named after their own table, but may change too.
        for (Table t : schema.tables()) {
            if (t.foreignKeys().stream().anyMatch(f -> touched.contains(f.referencedTable()))) {
                touched.add(t.name());
            }
        }
        for (String name : touched) {
            Table t = schema.table(name).orElseThrow();
            Table target = model.table(name).orElse(null);
            if (target == null) {
                continue;
            }
            List<Change> constraints = constraintRenames(t, target);
            for (Change c : constraints) {
                schema = c.applyTo(schema);
            }
            steps.addAll(constraints);
        }
        return new Renames(List.copyOf(steps), schema, List.copyOf(ignored));
    }

    /** Constraints and indexes with the same definition, under a name the model no longer has and one it now has. */
    private static List<Change> constraintRenames(Table now, Table target) {
        List<Change> out = new ArrayList<>();
        Set<String> oldNames = names(now);
        Set<String> newNames = names(target);
        if (now.primaryKey() != null && target.primaryKey() != null
                && !now.primaryKey().name().equals(target.primaryKey().name())
                && now.primaryKey().columns().equals(target.primaryKey().columns())
                && !newNames.contains(now.primaryKey().name()) && !oldNames.contains(target.primaryKey().name())) {
            out.add(new RenameConstraint(now.name(), now.primaryKey().name(), target.primaryKey().name()));
        }
        pair(now.uniqueConstraints(), target.uniqueConstraints(), UniqueConstraint::name,
                u -> u.columns().toString(), oldNames, newNames, (a, b) -> out.add(new RenameConstraint(now.name(), a, b)));
        pair(now.foreignKeys(), target.foreignKeys(), ForeignKey::name,
                f -> f.columns() + f.referencedTable() + f.referencedColumns() + f.onDelete(), oldNames, newNames,
                (a, b) -> out.add(new RenameConstraint(now.name(), a, b)));
        pair(now.checks(), target.checks(), CheckConstraint::name, CheckConstraint::expression, oldNames, newNames,
                (a, b) -> out.add(new RenameConstraint(now.name(), a, b)));
        pair(now.indexes(), target.indexes(), Index::name, i -> i.columns() + "" + i.unique(), oldNames, newNames,
                (a, b) -> out.add(new RenameIndex(now.name(), a, b)));
        return out;
    }

    private static <T> void pair(List<T> now, List<T> target, Function<T, String> name, Function<T, String> definition,
                                 Set<String> oldNames, Set<String> newNames,
                                 java.util.function.BiConsumer<String, String> rename) {
        Map<String, List<String>> gone = new TreeMap<>();
        for (T item : now) {
            if (!newNames.contains(name.apply(item))) {
                gone.computeIfAbsent(definition.apply(item), d -> new ArrayList<>()).add(name.apply(item));
            }
        }
        for (T item : target) {
            List<String> candidates = gone.get(definition.apply(item));
            if (!oldNames.contains(name.apply(item)) && candidates != null && !candidates.isEmpty()) {
                rename.accept(candidates.remove(0), name.apply(item));
            }
        }
    }

    private static Set<String> names(Table t) {
        Set<String> names = new HashSet<>();
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        t.uniqueConstraints().forEach(u -> names.add(u.name()));
        t.foreignKeys().forEach(f -> names.add(f.name()));
        t.checks().forEach(c -> names.add(c.name()));
        t.indexes().forEach(i -> names.add(i.name()));
        return names;
    }
}
