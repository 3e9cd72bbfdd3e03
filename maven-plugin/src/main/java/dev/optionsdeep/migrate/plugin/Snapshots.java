package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.diff.SchemaMerge;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.HeadRecord;
import dev.optionsdeep.migrate.snapshot.Snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The snapshots and head record beside a database's revisions. */
final class Snapshots {

    private Snapshots() {
    }

    /** The model as of revision {@code r}, as {@code migrate:revision} (or {@code merge}) wrote it. */
    static Snapshot of(ProjectLayout layout, String db, RevisionInfo r) {
        Path file = layout.snapshotFile(db, r.simpleName());
        return ProjectLayout.read(file).orElseThrow(() -> new ConfigurationException("the snapshot of revision "
                + r.id() + " of database " + db + " is missing: " + file + ". Restore it from version control;"
                + " Migrate compares the model with it to find what changed."));
    }

    /** Writes the snapshot of a new revision beside its class, and returns the file written. */
    static Path write(ProjectLayout layout, String db, String className, dev.optionsdeep.migrate.schema.Schema schema)
            throws IOException {
        return write(layout, className, new Snapshot(db, schema));
    }

    /** The same for a revision's snapshot with the Hibernate line the model was mapped for, as {@code captured} has it. */
    static Path write(ProjectLayout layout, String className, Snapshot captured) throws IOException {
        Path snapshot = layout.snapshotFile(captured.database(), className);
        AtomicFiles.write(snapshot, dev.optionsdeep.migrate.snapshot.SnapshotCodec.write(captured));
        return snapshot;
    }

    /**
     * The snapshots of several revisions joined as {@code migrate:merge} joins them: against the
     * snapshot of the revision where they split (the empty schema when they share none).
     */
    static SchemaMerge.Result merged(ProjectLayout layout, String db, RevisionGraph graph, List<String> ids) {
        Schema base = graph.commonAncestor(ids).map(id -> of(layout, db, graph.get(id)).schema()).orElse(Schema.EMPTY);
        Map<String, Schema> branches = new LinkedHashMap<>();
        ids.forEach(id -> branches.put(id, of(layout, db, graph.get(id)).schema()));
        return SchemaMerge.merge(base, branches);
    }

    /**
     * Stops a goal about to write a revision when the head record names a revision this build did not
     * compile and was rewritten after the build started: another {@code migrate:revision} or
     * {@code migrate:merge} in this checkout wrote it meanwhile, and a revision written now would
     * follow a stale head.
     */
    static void requireCompiledHead(ProjectLayout layout, String db, RevisionGraph graph, Instant buildStart)
            throws IOException {
        Path file = layout.headFile(db);
        if (!Files.isRegularFile(file)
                || Files.getLastModifiedTime(file).toInstant().isBefore(buildStart)) {
            return;
        }
        List<String> lines = HeadRecord.lines(Files.readString(file));
        String id = lines.size() == 1 ? lines.get(0).split(" ")[0] : null;
        if (id != null && graph.find(id).isEmpty()) {
            throw new ConfigurationException("database " + db + ": revision " + id + " was written while this build ran"
                    + " (by another migrate:revision or migrate:merge in this checkout), after this build compiled the"
                    + " revisions. Run the goal again: it then follows that revision.");
        }
    }

    /**
     * Rewrites the head record: one line that every new revision and merge rewrites, so that two
     * branches which each add a revision conflict here in version control instead of surprising
     * production.
     */
    static void writeHeadRecord(ProjectLayout layout, String db, String id, String className) throws IOException {
        AtomicFiles.write(layout.headFile(db), HeadRecord.text(db, id, className));
    }

}
