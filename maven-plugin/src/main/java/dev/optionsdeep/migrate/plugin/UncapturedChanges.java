package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.diff.UnsupportedChangeException;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.Snapshot;

import java.util.List;

/**
 * What the compiled model of one database changes that no revision captures: the model compared
 * with the snapshot of its single head (or with nothing, before the first revision). Read from the
 * build output on every run, so it does not depend on what javac recompiled.
 *
 * @param against what the model was compared with, in the user's words
 * @param changes one description per change; empty when the model matches
 */
record UncapturedChanges(String database, String against, List<String> changes) {

    /** The comparison with the single head; with several heads there is no one revision to compare with. */
    static UncapturedChanges of(ProjectLayout layout, String db, Snapshot model, List<RevisionInfo> heads) {
        if (heads.size() > 1) {
            throw new IllegalArgumentException("several heads");
        }
        Schema head = heads.isEmpty() ? Schema.EMPTY : Snapshots.of(layout, db, heads.get(0)).schema();
        String against = heads.isEmpty() ? "base (no revisions yet)" : "head revision " + heads.get(0).id();
        List<String> changes;
        try {
            changes = SchemaDiff.between(head, model.schema()).stream().map(Change::describe).toList();
        } catch (UnsupportedChangeException e) {
            changes = List.of(e.getMessage());
        }
        return new UncapturedChanges(db, against, changes);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes, and the command that writes them as a revision. */
    String describe() {
        return database + ": the model has " + changes.size() + " change" + (changes.size() == 1 ? "" : "s")
                + " that no revision captures (compared with " + against + "):\n  " + String.join("\n  ", changes)
                + "\n  Write them as a revision: mvn migrate:revision -Dmessage=\"…\" -Ddatabase=" + database;
    }
}
