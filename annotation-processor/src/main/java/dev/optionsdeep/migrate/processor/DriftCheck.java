package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.diff.SchemaDiff;
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
final class DriftCheck {

    private final HeadSnapshots heads;

    DriftCheck(HeadSnapshots heads) {
        this.heads = heads;
    }

    /**
     * @param entities       the database's entities by table name
     * @param databaseElement where database-wide messages go
     */
    void check(Snapshot model, Map<String, MappedEntity> entities, Element databaseElement, Report report) {
        String db = model.database();
        Optional<HeadSnapshots.Head> head;
        try {
            head = heads.read(db);
        } catch (HeadSnapshots.Unreadable e) {
            report.add(new Problem(e.severalHeads ? Code.SEVERAL_HEADS : Code.UNREADABLE_REVISION, e.getMessage()
                    + ". " + (e.severalHeads ? "Merge the heads: " + mergeCommand(db) : "Fix it, then compile again."),
                    databaseElement, null, null));
            return;
        }
        if (head.isEmpty()) {
            report.add(new Problem(Code.UNCAPTURED_CHANGE, "database " + db + " has no revision yet, so nothing creates its "
                    + model.schema().tables().size() + " table" + (model.schema().tables().size() == 1 ? "" : "s")
                    + ". Create the first revision: " + command(db, "Create tables"), databaseElement, null, null));
            return;
        }
        String since = "head revision " + head.get().revisionId() + " of database " + db;
        List<Change> changes;
        try {
            changes = SchemaDiff.between(head.get().snapshot().schema(), model.schema());
        } catch (UnsupportedChangeException e) {
            report.add(new Problem(Code.UNCAPTURED_CHANGE, "the model differs from " + since
                    + " in ways no revision captures:\n  - " + String.join("\n  - ", e.differences())
                    + "\nWrite a revision by hand: " + command(db, "…") + " -Dautogenerate=false", databaseElement, null, null));
            return;
        }
        Map<String, List<Change>> byTable = new LinkedHashMap<>();
        for (Change c : changes) {
            byTable.computeIfAbsent(tableOf(c), t -> new ArrayList<>()).add(c);
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

    private static String tableOf(Change c) {
        if (c instanceof CreateTable t) {
            return t.table().name();
        } else if (c instanceof DropTable t) {
            return t.table().name();
        } else if (c instanceof AddColumn a) {
            return a.table();
        } else if (c instanceof DropColumn d) {
            return d.table();
        } else if (c instanceof CreateIndex i) {
            return i.table();
        } else if (c instanceof DropIndex i) {
            return i.table();
        } else if (c instanceof AddUniqueConstraint u) {
            return u.table();
        } else if (c instanceof DropUniqueConstraint u) {
            return u.table();
        } else if (c instanceof dev.optionsdeep.migrate.change.AlterColumn a) {
            return a.table();
        } else if (c instanceof dev.optionsdeep.migrate.change.CommentOnTable t) {
            return t.table();
        } else if (c instanceof dev.optionsdeep.migrate.change.AddPrimaryKey p) {
            return p.table();
        } else if (c instanceof dev.optionsdeep.migrate.change.DropPrimaryKey p) {
            return p.table();
        }
        return "";
    }
}
