package dev.optionsdeep.migrate.diff;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code migrate:revision} writes: the diff from the head revision to the model, with the
 * renames the hints ask for, and without guessing where intent is missing. A dropped and an added
 * column of compatible types in one table (or a dropped and a created table of the same columns) may
 * be a rename; a NOT NULL column without a default added to an existing table fails on the first row.
 * Both stop the revision until the user says what they mean.
 */
public final class Autogenerate {

    private Autogenerate() {
    }

    /**
     * What the user confirmed on the command line.
     *
     * @param drops    dropped columns ({@code table.column}) and tables ({@code table}) to drop although
     *                 they may be renames
     * @param notNulls added NOT NULL columns ({@code table.column}) to add although they have no default
     */
    public record Confirmations(Set<String> drops, Set<String> notNulls) {

        public static final Confirmations NONE = new Confirmations(Set.of(), Set.of());

        public Confirmations {
            drops = Set.copyOf(drops);
            notNulls = Set.copyOf(notNulls);
        }
    }

    /**
     * @param changes the revision's steps
     * @param ignored hints that name nothing in the head revision, to tell the user
     */
    public record Result(List<Change> changes, List<String> ignored) {
    }

    /**
     * @throws NeedsIntentException when a drop may be a rename, or a NOT NULL column has no default,
     *                              and the user has not confirmed it
     */
    public static Result changes(Schema head, Schema model, RenameHints hints, Confirmations confirmed) {
        Renames renames = Renames.plan(head, model, hints);
        List<Change> rest = SchemaDiff.between(renames.renamed(), model);
        List<NeedsIntentException.LikelyRename> likely = likelyRenames(rest, confirmed);
        List<String> recreated = recreatedColumns(rest, confirmed);
        List<Change> out = new ArrayList<>(renames.steps());
        List<String> notNull = new ArrayList<>();
        for (Change c : rest) {
            if (c instanceof AddColumn a && needsDefault(a, renames.renamed())) {
                String name = a.table() + "." + a.column().name();
                if (!confirmed.notNulls().contains(name)) {
                    notNull.add(name);
                    continue;
                }
                // Added nullable, then made NOT NULL: a data step between the two fills existing rows.
                Column nullable = a.column().withNullable(true);
                out.add(new AddColumn(a.table(), nullable));
                out.add(new AlterColumn(a.table(), nullable, a.column()));
                continue;
            }
            out.add(c);
        }
        if (!likely.isEmpty() || !notNull.isEmpty() || !recreated.isEmpty()) {
            throw new NeedsIntentException(likely, notNull, recreated);
        }
        return new Result(List.copyOf(out), renames.ignored());
    }

    /**
     * The changes from {@code head} to {@code model} with the hinted renames applied, and nothing
     * stopped: what the compile-time check shows, where no one can confirm anything.
     */
    public static List<Change> withRenames(Schema head, Schema model, RenameHints hints) {
        Renames renames = Renames.plan(head, model, hints);
        List<Change> out = new ArrayList<>(renames.steps());
        out.addAll(SchemaDiff.between(renames.renamed(), model));
        return List.copyOf(out);
    }

    /**
     * The changes with every index created on a table that {@code head} already has built with
     * {@code CREATE INDEX CONCURRENTLY} (so the table stays writable while it builds; the inverse drops
     * it concurrently). Indexes of tables the revision creates are built with their table, as before.
     */
    public static List<Change> concurrentIndexes(List<Change> changes, Schema head) {
        return changes.stream().map(c -> c instanceof CreateIndex ci && !ci.concurrently() && head.table(ci.table()).isPresent()
                ? new CreateIndex(ci.table(), ci.index(), true) : c).toList();
    }

    /** A verbatim definition may hold its own default (or a generation): PostgreSQL says at upgrade. */
    private static boolean needsDefault(AddColumn a, Schema before) {
        Column c = a.column();
        return !c.nullable() && !c.identity() && c.defaultValue() == null && c.verbatim() == null
                && before.table(a.table()).isPresent();
    }

    /**
     * Columns dropped and added again under the same name, as a changed verbatim definition is
     * ({@code table.column}): their data goes unless the user confirms the drop.
     */
    private static List<String> recreatedColumns(List<Change> changes, Confirmations confirmed) {
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof DropColumn d && readded(changes, d)
                    && !confirmed.drops().contains(d.table() + "." + d.column().name())) {
                out.add(d.table() + "." + d.column().name());
            }
        }
        return out;
    }

    private static boolean readded(List<Change> changes, DropColumn d) {
        return changes.stream().anyMatch(o -> o instanceof AddColumn a && a.table().equals(d.table())
                && a.column().name().equals(d.column().name()));
    }

    private static List<NeedsIntentException.LikelyRename> likelyRenames(List<Change> changes, Confirmations confirmed) {
        List<NeedsIntentException.LikelyRename> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof DropColumn d && !readded(changes, d)
                    && !confirmed.drops().contains(d.table() + "." + d.column().name())) {
                for (Change other : changes) {
                    if (other instanceof AddColumn a && a.table().equals(d.table()) && compatible(d.column().type(), a.column().type())) {
                        out.add(new NeedsIntentException.LikelyRename(d.table(), d.column().name(), d.column().type(),
                                a.table(), a.column().name(), a.column().type(), true));
                    }
                }
            } else if (c instanceof DropTable d && !confirmed.drops().contains(d.table().name())) {
                for (Change other : changes) {
                    if (other instanceof CreateTable t && shape(t.table()).equals(shape(d.table()))) {
                        out.add(new NeedsIntentException.LikelyRename(d.table().name(), null, null,
                                t.table().name(), null, null, false));
                    }
                }
            }
        }
        return out;
    }

    /** Types a renamed column could have had: the same base type (any length, precision), both strings, both integers. */
    static boolean compatible(String a, String b) {
        return base(a).equals(base(b)) || strings(a) && strings(b) || INTEGERS.contains(a) && INTEGERS.contains(b);
    }

    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

    private static String base(String type) {
        return type.replaceFirst("\\(.*?\\)", "").strip();
    }

    private static boolean strings(String type) {
        String base = base(type);
        return base.equals("text") || base.equals("character varying") || base.equals("character");
    }

    /** A table's columns with their types, sorted: what "the same shape" compares. */
    private static Set<String> shape(Table t) {
        Set<String> out = new TreeSet<>();
        t.columns().forEach(c -> out.add(c.name() + " " + c.type()));
        return out;
    }

}
