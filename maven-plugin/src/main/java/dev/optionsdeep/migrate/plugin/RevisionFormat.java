package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How goals print a revision, in Alembic's words: one line
 * ({@code ae1027a6acf3 -> b4f2e8c9d120 (head) (current), Add stock_prices table}) or a verbose
 * block (Rev, Parent or Merges, Branches into, Path, Created, message).
 *
 * @param current the revisions the database is at, marked {@code (current)}; empty when unknown
 * @param path    where a revision's class is, as the user would open it
 */
record RevisionFormat(RevisionGraph graph, Set<String> current, Function<RevisionInfo, Path> path) {

    /** Paths relative to the project directory, where {@code migrate:revision} wrote the classes. */
    static RevisionFormat of(RevisionGraph graph, Set<String> current, Path basedir, ProjectLayout layout, String db) {
        return new RevisionFormat(graph, current, r -> basedir.relativize(layout.sourceFile(db, r.simpleName())));
    }

    /** The revision with its marks: {@code b4f2e8c9d120 (prices) (head) (current)}. */
    String marked(RevisionInfo r) {
        StringBuilder out = new StringBuilder(r.id());
        List<String> labels = graph.branchLabelsOf(r.id());
        if (!labels.isEmpty()) {
            out.append(" (").append(String.join(", ", labels)).append(')');
        }
        if (graph.children(r.id()).isEmpty()) {
            out.append(" (head)");
        }
        if (graph.isBranchPoint(r.id())) {
            out.append(" (branchpoint)");
        }
        if (r.isMerge()) {
            out.append(" (mergepoint)");
        }
        if (current.contains(r.id())) {
            out.append(" (current)");
        }
        return out.toString();
    }

    /** {@code <parents> -> <marked revision>, <message>}, as history lists it. */
    String line(RevisionInfo r) {
        return parents(r) + " -> " + marked(r) + ", " + firstLine(r.message());
    }

    List<String> verbose(RevisionInfo r) {
        List<String> out = new ArrayList<>();
        out.add("Rev: " + marked(r));
        out.add((r.isMerge() ? "Merges: " : "Parent: ") + parents(r));
        if (graph.isBranchPoint(r.id())) {
            out.add("Branches into: " + String.join(", ", graph.children(r.id())));
        }
        if (!r.branchLabels().isEmpty()) {
            out.add("Branch names: " + String.join(", ", r.branchLabels()));
        }
        if (!r.dependsOn().isEmpty()) {
            out.add("Depends on: " + String.join(", ", r.dependsOn()));
        }
        out.add("Path: " + path.apply(r));
        if (!r.created().isEmpty()) {
            out.add("Created: " + r.created());
        }
        out.add("");
        out.add("    " + r.message().replace("\n", "\n    "));
        out.add("");
        return out;
    }

    /** The revision as one entry of a goal's JSON document (the README's schema: a revision). */
    Map<String, Object> json(RevisionInfo r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revision", r.id());
        out.put("parents", r.parents());
        out.put("message", r.message());
        out.put("branchLabels", graph.branchLabelsOf(r.id()));
        out.put("dependsOn", r.dependsOn());
        out.put("head", graph.children(r.id()).isEmpty());
        out.put("current", current.contains(r.id()));
        out.put("path", path.apply(r).toString());
        out.put("created", r.created().isEmpty() ? null : r.created());
        return out;
    }

    private static String parents(RevisionInfo r) {
        return r.isBase() ? "<base>" : String.join(", ", r.parents());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
