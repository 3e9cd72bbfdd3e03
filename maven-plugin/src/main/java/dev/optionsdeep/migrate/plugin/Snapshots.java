package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.snapshot.Snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * Rewrites the head record: one line that every new revision and merge rewrites, so that two
     * branches which each add a revision conflict here in version control instead of surprising
     * production.
     */
    static void writeHeadRecord(ProjectLayout layout, String db, String id, String className) throws IOException {
        Files.writeString(layout.headFile(db), headRecord(db, id, className), StandardCharsets.UTF_8);
    }

    /** The head record's text: why it exists and what to do about a conflict in it, then {@code <id> <class name>}. */
    static String headRecord(String db, String id, String className) {
        return "# The head revision of database " + db + ", rewritten by migrate:revision and migrate:merge.\n"
                + "# A merge conflict here means two branches each added a revision: keep either line, then join the\n"
                + "# two heads with mvn migrate:merge (or delete your branch's revision, class and snapshot, and\n"
                + "# generate it again on top of the other). mvn migrate:check tells whether this is settled.\n"
                + id + " " + className + "\n";
    }
}
