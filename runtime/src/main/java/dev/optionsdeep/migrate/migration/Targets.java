package dev.optionsdeep.migrate.migration;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target grammar of upgrade, downgrade, stamp and history ranges, as Alembic spells it:
 * <ul>
 *   <li>{@code head} (the one head), {@code heads} (every head), {@code base} (no revision);</li>
 *   <li>a full revision id, or any unique prefix of one;</li>
 *   <li>{@code +N} and {@code -N}, relative to the revision the database is at;</li>
 *   <li>{@code head~N} or {@code head-N}, {@code <rev>+N}, {@code <rev>-N}, {@code base+N};</li>
 *   <li>{@code <branch>@head}, the head of the branch a label (or a revision) starts, and
 *       {@code <branch>@base}, the point before the branch's first revision;</li>
 *   <li>ranges {@code from:to} for history and SQL scripts, either side defaulting to base and heads;
 *       history ranges may also name {@code current}, the revisions the database is at.</li>
 * </ul>
 */
public final class Targets {

    /** The word for the revisions the database is at, in history ranges. */
    public static final String CURRENT = "current";

    private static final Pattern RELATIVE = Pattern.compile("^([+-])(\\d+)$");
    private static final Pattern ANCHORED = Pattern.compile("^(.+?)(?:([+-])|~)(\\d+)$");
    private static final Pattern BRANCH = Pattern.compile("^(.+)@(head|base)$");

    private Targets() {
    }

    /**
     * Two targets: where a range starts and where it ends.
     *
     * @param from where the range starts; base when the expression leaves it out
     * @param to   where the range ends; every head when the expression leaves it out
     */
    public record Range(Target from, Target to) {
    }

    public static boolean isRange(String expression) {
        return expression.contains(":");
    }

    /**
     * Resolves a range {@code from:to}; {@code to} is read relative to {@code from}, so that
     * {@code ae1027:+1} means one revision after ae1027. {@code current} may not appear: use
     * {@link #range(RevisionGraph, String, List)} where the database's revisions are known.
     */
    public static Range range(RevisionGraph graph, String expression) {
        return range(graph, expression, null);
    }

    /**
     * Resolves a range that may name {@code current}, the revisions the database is at, as Alembic's
     * {@code history -r current:head} does; a side {@code +N} or {@code -N} on the left is then relative
     * to them, as in {@code -3:current}.
     *
     * @param current the database's revisions (empty at base), or null when the database is not known
     */
    public static Range range(RevisionGraph graph, String expression, List<String> current) {
        int colon = expression.indexOf(':');
        if (colon < 0 || expression.indexOf(':', colon + 1) >= 0) {
            throw new RevisionException("'" + expression + "' is not a range: write from:to, for example"
                    + " base:head or ae1027:b4f2e8 (either side may be left out)");
        }
        String fromText = expression.substring(0, colon).strip();
        String toText = expression.substring(colon + 1).strip();
        if (current == null && (fromText.equals(CURRENT) || toText.equals(CURRENT))) {
            throw new RevisionException("'" + expression + "' names current, the revision the database is at,"
                    + " and the database cannot be read here: check that it can be reached, or name a revision instead");
        }
        Target from = fromText.isEmpty() ? new Target("base", List.of(), null)
                : fromText.equals(CURRENT) ? new Target(CURRENT, List.copyOf(current), null)
                : resolveAll(graph, current == null ? List.of() : current, fromText);
        Target to = toText.isEmpty()
                ? new Target("heads", graph.heads().stream().map(RevisionInfo::id).toList(), null)
                : toText.equals(CURRENT) ? new Target(CURRENT, List.copyOf(current), null)
                : resolveAll(graph, from.revisions(), toText);
        return new Range(from, to);
    }

    /**
     * Resolves any target, including {@code heads} and {@code <branch>@base}.
     *
     * @param current the revisions the database is at (empty at base); relative moves need exactly one
     */
    public static Target resolveAll(RevisionGraph graph, List<String> current, String target) {
        String t = target.strip();
        if (t.equals("heads")) {
            if (graph.isEmpty()) {
                throw noRevisions();
            }
            return new Target(t, graph.heads().stream().map(RevisionInfo::id).toList(), null);
        }
        Matcher branch = BRANCH.matcher(t);
        if (branch.matches() && branch.group(2).equals("base")) {
            RevisionInfo start = branchStart(graph, branch.group(1), t);
            return new Target(t, start.parents(), start.id());
        }
        Matcher relative = RELATIVE.matcher(t);
        boolean relativeMove = relative.matches();
        if (current.size() > 1 && relativeMove) {
            throw new RevisionException("the database is at several revisions (" + String.join(", ", current)
                    + "), so '" + t + "' is ambiguous: name the revision to go to, for example <branch>@head or heads");
        }
        Optional<String> at = current.stream().findFirst();
        if (at.isPresent() && relativeMove && relative.group(1).equals("-")) {
            int steps = steps(relative.group(2), t);
            // Stepping back over a merge lands on all of its parents: the database is then at both branches.
            Optional<String> last = steps == 0 ? Optional.empty() : backward(graph, at, steps - 1, t);
            if (last.isPresent() && graph.get(last.get()).isMerge()) {
                return new Target(t, graph.get(last.get()).parents(), null);
            }
        }
        return new Target(t, resolve(graph, at, t).map(List::of).orElse(List.of()), null);
    }

    /**
     * Resolves {@code target} to one revision id, or to empty for base.
     *
     * @param current the revision the database is at, or empty at base
     */
    public static Optional<String> resolve(RevisionGraph graph, Optional<String> current, String target) {
        String t = target.strip();
        if (t.isEmpty()) {
            throw new RevisionException("empty target: give head, base, +N, -N or a revision id");
        }
        if (t.equals("heads")) {
            throw new RevisionException("'heads' names every head, and only one revision fits here:"
                    + " name one, for example head or <branch>@head");
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
            int steps = steps(anchored.group(3), t);
            boolean plus = "+".equals(anchored.group(2));
            Matcher branch = BRANCH.matcher(anchored.group(1));
            if (plus && steps > 0 && branch.matches() && branch.group(2).equals("base")) {
                // The first step from a branch's base is into that branch, even where the history splits.
                RevisionInfo start = branchStart(graph, branch.group(1), t);
                return forward(graph, Optional.of(start.id()), steps - 1, t);
            }
            Optional<String> from = anchor(graph, anchored.group(1), t);
            return plus ? forward(graph, from, steps, t) : backward(graph, from, steps, t);
        }
        return anchor(graph, t, t);
    }

    /** A target without a relative move: base, head, {@code <branch>@head}, {@code <branch>@base}, or a revision. */
    private static Optional<String> anchor(RevisionGraph graph, String t, String whole) {
        if (t.equals("base")) {
            return Optional.empty();
        }
        if (t.equals("head")) {
            return Optional.of(head(graph));
        }
        Matcher branch = BRANCH.matcher(t);
        if (branch.matches()) {
            if (branch.group(2).equals("head")) {
                return Optional.of(branchHead(graph, branch.group(1), t));
            }
            RevisionInfo start = branchStart(graph, branch.group(1), t);
            if (start.isMerge()) {
                throw new RevisionException("'" + t + "' is where revision " + start.id() + " merges "
                        + String.join(", ", start.parents()) + ": name one of them");
            }
            return start.parents().stream().findFirst();
        }
        requireRevisionLike(t, whole);
        return Optional.of(graph.resolve(t).id());
    }

    /** Refuses what cannot name a revision before it is looked up, so that {@code +x} is not reported as a missing revision. */
    private static void requireRevisionLike(String t, String whole) {
        if (t.equals(CURRENT)) {
            throw new RevisionException("'" + whole + "': current names the revisions the database is at, which only"
                    + " history ranges take (migrate:history -Drange=current:head). Give a target to move to, for example"
                    + " head or +1.");
        }
        if (isRange(t)) {
            throw new RevisionException("'" + whole + "' is a range, which only -Dsql scripts and migrate:history take."
                    + " Give one target, for example head, +1 or a revision id.");
        }
        if (!t.matches("[A-Za-z0-9_]+")) {
            throw new RevisionException("'" + whole + "' is not a target. Give head, heads, base, a revision id or a"
                    + " unique prefix of one, +N or -N (N a number of revisions), head~N, <revision>+N or <branch>@head;"
                    + " migrate:history lists the revisions.");
        }
    }

    /** The single head of the graph. */
    public static String head(RevisionGraph graph) {
        List<RevisionInfo> heads = graph.heads();
        if (heads.isEmpty()) {
            throw noRevisions();
        }
        if (heads.size() > 1) {
            List<String> ids = heads.stream().map(RevisionInfo::id).toList();
            throw new RevisionException("'head' is ambiguous: the revisions have several heads, " + String.join(", ", ids)
                    + ". Join them with mvn migrate:merge -Dmessage=\"Merge heads\" (then 'head' is the merge),"
                    + " or move every branch with -Dtarget=heads, or name one: -Dtarget=" + ids.get(0)
                    + " or -Dtarget=<branch>@head.");
        }
        return heads.get(0).id();
    }

    /** The head of the line that the branch label (or the revision) {@code name} starts. */
    private static String branchHead(RevisionGraph graph, String name, String target) {
        RevisionInfo start = branchRevision(graph, name, target);
        List<String> heads = graph.heads().stream().map(RevisionInfo::id)
                .filter(graph.lineFrom(start.id())::contains).toList();
        if (heads.size() > 1) {
            throw new RevisionException("'" + target + "' is ambiguous: the branch from " + start.id()
                    + " has several heads, " + String.join(", ", heads)
                    + ". Name one of them, or join them with mvn migrate:merge -Dmessage=\"…\".");
        }
        return heads.get(0);
    }

    /** The revision that gives the branch label {@code name} (only labels: a revision has no "base" of its own). */
    private static RevisionInfo branchStart(RevisionGraph graph, String name, String target) {
        return graph.labelled(name).orElseThrow(() -> new RevisionException("'" + target + "': there is no branch label '"
                + name + "'. " + knownLabels(graph)));
    }

    private static RevisionInfo branchRevision(RevisionGraph graph, String name, String target) {
        Optional<RevisionInfo> labelled = graph.labelled(name);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        if (graph.ids().stream().noneMatch(id -> id.startsWith(name))) {
            throw new RevisionException("'" + target + "': '" + name + "' is neither a branch label nor a revision. "
                    + knownLabels(graph));
        }
        return graph.resolve(name);
    }

    private static String knownLabels(RevisionGraph graph) {
        return graph.labels().isEmpty()
                ? "No revision has a branch label (migrate:revision -DbranchLabel=… gives one)."
                : "Branch labels: " + String.join(", ", graph.labels()) + ".";
    }

    private static RevisionException noRevisions() {
        return new RevisionException("there are no revisions yet: create the first with"
                + " mvn migrate:revision -Dmessage=\"…\"");
    }

    private static int steps(String digits, String target) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new RevisionException("'" + target + "' moves too many steps: give a number of revisions, for"
                    + " example +1, or head to go to the latest");
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
            if (at.isEmpty() && from.isEmpty()) {
                throw new RevisionException("cannot move " + target + ": nothing comes before base, the empty database."
                        + " Use base to go back to it.");
            }
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
