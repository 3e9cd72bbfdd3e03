package dev.optionsdeep.migrate.executor.proof;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a database is at a consistent revision: its history chains from base to the revisions in
 * the version table; its schema, read from the catalog, is what those revisions' steps build (plus,
 * for a revision interrupted outside a transaction, the steps it committed, and perhaps the one in
 * flight); no session holds the migration lock.
 */
final class Consistency {

    private final Revisions revisions;

    Consistency(Revisions revisions) {
        this.revisions = revisions;
    }

    /** What is inconsistent, in words; empty when everything agrees. */
    List<String> problems(ProofDatabase db) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (!db.rows("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database ="
                + " (SELECT oid FROM pg_database WHERE datname = current_database())").isEmpty()) {
            problems.add("an advisory lock is left");
        }
        boolean tables = exists(db, "migrate_version");
        List<String> heads = tables ? db.rows("SELECT revision FROM migrate_version ORDER BY 1") : List.of();
        List<String> history = tables ? db.rows("SELECT from_revisions || '>' || to_revisions FROM migrate_history ORDER BY id")
                : List.of();
        String at = "base";
        for (String step : history) {
            if (!step.startsWith(at + ">")) {
                problems.add("history does not chain: " + history);
            }
            at = step.substring(step.indexOf('>') + 1);
        }
        if (!at.equals(heads.isEmpty() ? "base" : String.join(",", heads))) {
            problems.add("history ends at " + at + ", the version table says " + heads);
        }
        List<String> pending = exists(db, "migrate_pending")
                ? db.rows("SELECT revision || '|' || steps_done FROM migrate_pending") : List.of();
        Set<String> live = liveSchema(db);
        List<Set<String>> allowed = expected(heads, pending);
        if (!allowed.contains(live)) {
            problems.add("the schema " + live + " is none of " + allowed);
        }
        if (pending.isEmpty() && !db.rows("SELECT 1 FROM pg_index WHERE NOT indisvalid").isEmpty()) {
            problems.add("an INVALID index is left with no revision in progress");
        }
        return problems;
    }

    private static boolean exists(ProofDatabase db, String table) throws SQLException {
        return db.rows("SELECT to_regclass('" + table + "') IS NOT NULL").equals(List.of("t"));
    }

    /** The schemas the version table and the pending revision allow. */
    private List<Set<String>> expected(List<String> heads, List<String> pending) {
        RevisionGraph graph = revisions.graph();
        Schema schema = Schema.EMPTY;
        Set<String> applied = graph.withAncestors(heads);
        for (RevisionInfo r : graph.revisions()) {
            if (applied.contains(r.id())) {
                schema = apply(schema, steps(r.id()));
            }
        }
        if (pending.isEmpty()) {
            return List.of(signature(schema));
        }
        String[] p = pending.get(0).split("\\|");
        List<Change> steps = steps(p[0]);
        int done = Integer.parseInt(p[1]);
        Schema committed = apply(schema, steps.subList(0, done));
        return List.of(signature(committed), signature(apply(committed, steps.subList(done, Math.min(done + 1, steps.size())))));
    }

    private List<Change> steps(String revision) {
        return Operations.stepsOf(revisions.migration(revision), true);
    }

    private static Schema apply(Schema schema, List<Change> steps) {
        for (Change c : steps) {
            schema = c.applyTo(schema);
        }
        return schema;
    }

    private static Set<String> signature(Schema schema) {
        Set<String> out = new TreeSet<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                out.add(t.name() + "." + c.name());
            }
            for (Index i : t.indexes()) {
                out.add("index " + i.name());
            }
        }
        return out;
    }

    private static Set<String> liveSchema(ProofDatabase db) throws SQLException {
        Set<String> out = new TreeSet<>(db.rows("SELECT c.relname || '.' || a.attname FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'"
                + " AND a.attnum > 0 AND NOT a.attisdropped AND c.relname NOT LIKE 'migrate%'"));
        out.addAll(db.rows("SELECT 'index ' || x.relname FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid"
                + " JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = 'public'::regnamespace"
                + " AND c.relname NOT LIKE 'migrate%' AND i.indisvalid"));
        return out;
    }
}
