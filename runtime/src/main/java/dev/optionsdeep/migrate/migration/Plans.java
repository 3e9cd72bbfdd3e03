package dev.optionsdeep.migrate.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which revisions a move runs, worked out from the revisions a database is at and a target, with
 * no database: the same answer for a live upgrade and for an SQL script.
 *
 * <p>An upgrade applies what the target needs and the database lacks, parents (and dependencies)
 * first. A downgrade reverts, children first, the applied revisions that come after the target,
 * and only those: on a database with several branches, {@code downgrade <rev>} leaves the other
 * branches alone, as Alembic does.
 */
public final class Plans {

    private Plans() {
    }

    /**
     * One revision applied or reverted, with the revisions the database is at before and after it.
     */
    public record Move(RevisionInfo revision, boolean upgrade, List<String> from, List<String> to) {

        public Move {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** The revisions to apply, in order, to bring a database at {@code heads} to {@code target}. */
    public static List<RevisionInfo> upgrade(RevisionGraph graph, List<String> heads, String target) {
        return upgrade(graph, heads, Targets.resolveAll(graph, heads, target));
    }

    public static List<RevisionInfo> upgrade(RevisionGraph graph, List<String> heads, Target to) {
        if (to.isBase()) {
            if (!heads.isEmpty()) {
                throw new RevisionException("cannot upgrade to base: the database is at " + describe(heads)
                        + ". Use migrate:downgrade -Dtarget=base to go back.");
            }
            return List.of();
        }
        if (heads.containsAll(to.revisions())) {
            return List.of(); // the database is at the target already (a run at head): nothing is needed that it lacks
        }
        Set<String> applied = graph.appliedAt(heads);
        for (String t : to.revisions()) {
            if (applied.contains(t) && !heads.contains(t)) {
                throw new RevisionException("upgrade target " + t + " is behind the database, which is at "
                        + describe(heads) + ". Use migrate:downgrade -Dtarget=" + t + " to go back.");
            }
        }
        Set<String> needed = graph.withAncestors(to.revisions());
        return graph.revisions().stream().filter(r -> needed.contains(r.id()) && !applied.contains(r.id())).toList();
    }

    /** The revisions to revert, in order, to bring a database at {@code heads} back to {@code target}. */
    public static List<RevisionInfo> downgrade(RevisionGraph graph, List<String> heads, String target) {
        return downgrade(graph, heads, Targets.resolveAll(graph, heads, target));
    }

    public static List<RevisionInfo> downgrade(RevisionGraph graph, List<String> heads, Target to) {
        Set<String> applied = graph.appliedAt(heads);
        Set<String> after;
        if (to.branchStart() != null) {
            after = graph.withDescendants(List.of(to.branchStart()));
        } else if (to.revisions().isEmpty()) {
            after = applied;
        } else {
            for (String t : to.revisions()) {
                if (!applied.contains(t)) {
                    throw new RevisionException("downgrade target " + t + " is ahead of the database, which is at "
                            + describe(heads) + ". Use migrate:upgrade -Dtarget=" + t + " to go forward.");
                }
            }
            after = new HashSet<>(graph.withDescendants(to.revisions()));
            after.removeAll(to.revisions());
        }
        List<RevisionInfo> revert = new ArrayList<>(graph.revisions().stream()
                .filter(r -> applied.contains(r.id()) && after.contains(r.id())).toList());
        Collections.reverse(revert);
        return revert;
    }

    /**
     * The revisions a database at {@code heads} is at once stamped with {@code target}: the target
     * replaces the revisions on its own lines of history and leaves other branches as they are,
     * unless {@code purge} starts from an empty version table.
     */
    public static List<String> stamp(RevisionGraph graph, List<String> heads, Target to, boolean purge) {
        List<String> start = purge ? List.of() : heads;
        if (to.isBase()) {
            return List.of();
        }
        if (to.branchStart() != null) {
            Set<String> applied = new HashSet<>(graph.withAncestors(start));
            applied.removeAll(graph.withDescendants(List.of(to.branchStart())));
            return graph.headsOf(applied);
        }
        Set<String> keep = new LinkedHashSet<>(to.revisions());
        for (String h : start) {
            boolean related = to.revisions().stream().anyMatch(t ->
                    graph.withAncestors(List.of(t)).contains(h) || graph.withAncestors(List.of(h)).contains(t));
            if (!related) {
                keep.add(h);
            }
        }
        return graph.headsOf(graph.withAncestors(keep));
    }

    /** The plan's revisions one by one, with where the database is before and after each. */
    public static List<Move> walk(RevisionGraph graph, List<String> heads, List<RevisionInfo> plan, boolean upgrade) {
        Set<String> applied = new HashSet<>(graph.withAncestors(heads));
        List<String> from = graph.headsOf(applied);
        List<Move> moves = new ArrayList<>();
        for (RevisionInfo r : plan) {
            List<String> to = graph.headsAfter(from, applied, r.id(), upgrade);
            if (upgrade) {
                applied.add(r.id());
            } else {
                applied.remove(r.id());
            }
            moves.add(new Move(r, upgrade, from, to));
            from = to;
        }
        return List.copyOf(moves);
    }

    /** Revisions as messages show them: {@code base}, or the ids joined by commas. */
    public static String describe(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }
}
