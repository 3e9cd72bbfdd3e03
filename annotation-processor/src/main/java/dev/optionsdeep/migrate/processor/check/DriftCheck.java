package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Problem;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.bind.MappedEntity;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.UnsupportedChangeException;
import dev.optionsdeep.migrate.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.Element;

/**
 * Compares a database's model with its head revision and reports what no revision captures yet:
 * at the entity whose table changed, or, for what has no entity any more (a dropped table), at the
 * database's {@code @Database} package.
 */
public final class DriftCheck {

    private final HeadSnapshots heads;
    private final boolean capturing;

    public DriftCheck(HeadSnapshots heads) {
        this(heads, false);
    }

    /** @param capturing the compilation is migrate:revision's own, which captures the changes it would report */
    public DriftCheck(HeadSnapshots heads, boolean capturing) {
        this.heads = heads;
        this.capturing = capturing;
    }

    /**
     * @param written        the model's snapshot as written to the class output, or null: a head snapshot of the
     *                       same text is the same schema, and is then not parsed
     * @param entities       the database's entities by table name
     * @param databaseElement where database-wide messages go
     */
    public void check(Snapshot model, String written, Map<String, MappedEntity> entities, dev.optionsdeep.migrate.diff.RenameHints hints,
               Element databaseElement, Report report) {
        String db = model.database();
        Optional<HeadSnapshots.Head> head;
        try {
            head = heads.read(db, written, model);
        } catch (HeadSnapshots.Unreadable e) {
            report.add(new Problem(e.severalHeads ? Code.SEVERAL_HEADS : Code.UNREADABLE_REVISION, e.getMessage()
                    + ". " + (e.severalHeads ? "Merge the heads: " + mergeCommand(db) : "Fix it, then compile again."),
                    databaseElement, null, null));
            return;
        }
        if (capturing) {
            return;
        }
        if (head.isEmpty()) {
            report.add(new Problem(Code.UNCAPTURED_CHANGE, "database " + db + " has no revision yet, so nothing creates its "
                    + model.schema().tables().size() + " table" + (model.schema().tables().size() == 1 ? "" : "s")
                    + ". Create the first revision: " + command(db, "Create tables"), databaseElement, null, null));
            return;
        }
        if (head.get().snapshot() == model || head.get().snapshot().schema().equals(model.schema())) {
            return; // the usual case, settled without the diff: equal schemas have no changes, renames included
        }
        String since = "head revision " + head.get().revisionId() + " of database " + db;
        List<Change> changes;
        try {
            // With the rename hints, as migrate:revision will see it: a hinted rename is a rename here too.
            changes = dev.optionsdeep.migrate.diff.Autogenerate.withRenames(head.get().snapshot().schema(), model.schema(),
                    hints);
        } catch (UnsupportedChangeException e) {
            report.add(new Problem(Code.UNCAPTURED_CHANGE, "the model differs from " + since
                    + " in ways no revision captures:\n  - " + String.join("\n  - ", e.differences())
                    + "\nWrite a revision by hand: " + command(db, "…") + " -Dautogenerate=false", databaseElement, null, null));
            return;
        }
        Map<String, List<Change>> byTable = new LinkedHashMap<>();
        for (Change c : changes) {
            byTable.computeIfAbsent(java.util.Objects.requireNonNullElse(dev.optionsdeep.migrate.change.Changes.table(c), ""), t -> new ArrayList<>()).add(c);
        }
        byTable.forEach((table, tableChanges) -> {
            MappedEntity entity = entities.get(table);
            String who = entity == null ? "table " + table : entity.element().getSimpleName() + " (table " + table + ")";
            List<String> lines = tableChanges.stream().map(Change::describe).toList();
            report.add(new Problem(Code.UNCAPTURED_CHANGE, who + " differs from " + since + ", and no revision captures it:\n  - "
                    + String.join("\n  - ", lines) + "\nCapture it: " + command(db, "…"),
                    entity == null ? databaseElement : entity.element(), entity == null ? null : entity.entityAnnotation(), null));
        });
    }

    static String command(String database, String message) {
        return "mvn migrate:revision -Dmessage=\"" + message + "\" -Ddatabase=" + database;
    }

    static String mergeCommand(String database) {
        return "mvn migrate:merge -Dmessage=\"Merge heads\" -Ddatabase=" + database;
    }
}
