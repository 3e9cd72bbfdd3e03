package dev.optionsdeep.migrate.snapshot;

import java.util.List;

/**
 * The head record: a file {@code HEAD} beside a database's revision snapshots, holding one line
 * {@code <revision id> <class name>}. Every new revision and merge rewrites that line, so two
 * branches that each add a revision conflict there in version control instead of surprising
 * production. One format, shared by the goals that write and check it and by the compile-time check.
 */
public final class HeadRecord {

    public static final String FILE_NAME = "HEAD";

    private HeadRecord() {
    }

    /** The whole file: why it exists and what to do about a conflict in it, then the one line. */
    public static String text(String database, String revisionId, String className) {
        return "# The head revision of database " + database + ", rewritten by migrate:revision and migrate:merge.\n"
                + "# A merge conflict here means two branches each added a revision: keep either line, then join the\n"
                + "# two heads with mvn migrate:merge (or delete your branch's revision, class and snapshot, and\n"
                + "# generate it again on top of the other). mvn migrate:check tells whether this is settled.\n"
                + line(revisionId, className) + "\n";
    }

    /** The line a record holds for this head. */
    public static String line(String revisionId, String className) {
        return revisionId + " " + className;
    }

    /** The record's lines without comments and blank lines: one line when it is well formed. */
    public static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Whether the lines hold version control's conflict markers. */
    public static boolean hasConflict(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith("<<<<<<<") || l.startsWith("=======") || l.startsWith(">>>>>>>"));
    }
}
