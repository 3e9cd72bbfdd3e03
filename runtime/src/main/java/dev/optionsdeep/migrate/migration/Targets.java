package dev.optionsdeep.migrate.migration;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target grammar of upgrade and downgrade, as Alembic spells it: {@code head}, {@code base},
 * {@code +N}, {@code -N}, {@code head~N} or {@code head-N}, {@code <rev>+N}, {@code <rev>-N}, and a
 * full revision id or any unique prefix of one.
 */
public final class Targets {

    private static final Pattern RELATIVE = Pattern.compile("^([+-])(\\d+)$");
    private static final Pattern ANCHORED = Pattern.compile("^(.+?)(?:([+-])|~)(\\d+)$");

    private Targets() {
    }

    /**
     * Resolves {@code target} to a revision id, or to empty for base.
     *
     * @param current the revision the database is at, or empty at base
     */
    public static Optional<String> resolve(RevisionGraph graph, Optional<String> current, String target) {
        String t = target.strip();
        if (t.isEmpty()) {
            throw new RevisionException("empty target: give head, base, +N, -N or a revision id");
        }
        if (t.equals("base")) {
            return Optional.empty();
        }
        if (t.equals("head")) {
            return Optional.of(head(graph));
        }
        Matcher relative = RELATIVE.matcher(t);
        if (relative.matches()) {
            int steps = steps(relative.group(2), t);
            return relative.group(1).equals("+")
                    ? forward(graph, current, steps, t)
                    : backward(graph, current, steps, t);
        }
        Matcher anchored = ANCHORED.matcher(t);
        if (anchored.matches()) {
            String anchor = anchored.group(1);
            Optional<String> from = anchor.equals("base") ? Optional.empty()
                    : Optional.of(anchor.equals("head") ? head(graph) : graph.resolve(anchor).id());
            int steps = steps(anchored.group(3), t);
            boolean plus = "+".equals(anchored.group(2));
            return plus ? forward(graph, from, steps, t) : backward(graph, from, steps, t);
        }
        return Optional.of(graph.resolve(t).id());
    }

    /** The single head of the graph. */
    public static String head(RevisionGraph graph) {
        List<RevisionInfo> heads = graph.heads();
        if (heads.isEmpty()) {
            throw new RevisionException("there are no revisions yet: create the first with"
                    + " mvn migrate:revision -Dmessage=\"…\"");
        }
        if (heads.size() > 1) {
            throw new RevisionException("there are several heads: "
                    + String.join(", ", heads.stream().map(RevisionInfo::id).toList())
                    + ". Name one of them as the target.");
        }
        return heads.get(0).id();
    }

    private static int steps(String digits, String target) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new RevisionException("'" + target + "' moves too many steps");
        }
    }

    private static Optional<String> forward(RevisionGraph graph, Optional<String> from, int steps, String target) {
        Optional<String> at = from;
        for (int i = 0; i < steps; i++) {
            List<String> next = at.isPresent()
                    ? graph.children(at.get())
                    : graph.revisions().stream().filter(RevisionInfo::isBase).map(RevisionInfo::id).toList();
            if (next.isEmpty()) {
                throw new RevisionException("cannot move " + target + ": " + describe(from) + " has only " + i
                        + " revision" + (i == 1 ? "" : "s") + " after it. Use head to go to the latest.");
            }
            if (next.size() > 1) {
                throw new RevisionException("cannot move " + target + ": the history branches after " + describe(at)
                        + " into " + String.join(", ", next) + ". Name the revision to go to.");
            }
            at = Optional.of(next.get(0));
        }
        return at;
    }

    private static Optional<String> backward(RevisionGraph graph, Optional<String> from, int steps, String target) {
        Optional<String> at = from;
        for (int i = 0; i < steps; i++) {
            if (at.isEmpty()) {
                throw new RevisionException("cannot move " + target + ": " + describe(from) + " is only " + i
                        + " revision" + (i == 1 ? "" : "s") + " above base. Use base to go back to the empty database.");
            }
            List<String> parents = graph.get(at.get()).parents();
            if (parents.size() > 1) {
                throw new RevisionException("cannot move " + target + ": revision " + at.get() + " merges "
                        + String.join(", ", parents) + ". Name the revision to go to.");
            }
            at = parents.isEmpty() ? Optional.empty() : Optional.of(parents.get(0));
        }
        return at;
    }

    private static String describe(Optional<String> revision) {
        return revision.map(r -> "revision " + r).orElse("base");
    }
}
