package dev.optionsdeep.migrate.migration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The revisions of one database and how they follow each other. Immutable; validated on
 * construction (unique ids, known parents and dependencies, unique branch labels, no cycles).
 *
 * <p>A revision follows its parents; several parents make it a merge, several children make its
 * parent a branch point. A dependency ({@code dependsOn}) orders two revisions without making one
 * follow the other: it counts for what must be applied first, not for which revisions are heads.
 */
public final class RevisionGraph {

    /** Words the target grammar gives a meaning, so no branch label may take them. */
    private static final Set<String> RESERVED = RevisionIds.RESERVED;

    /** Every revision by id, hashed: every walk over the graph looks revisions up by id. */
    private final Map<String, RevisionInfo> lookup;
    /** The same sorted by id, for the lists of ids messages show: made when first asked for (a scan at head never does). */
    private volatile Map<String, RevisionInfo> byId;
    /** The revisions that follow each revision (and that depend on it), in revision order; none for most. */
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependents;
    private final Map<String, String> labels;
    private final List<RevisionInfo> ordered;
    /** Each revision's place in {@link #ordered}: made when first needed (children to order, heads after a move). */
    private volatile Map<String, Integer> position;
    /** The heads, made when first asked for. */
    private volatile List<RevisionInfo> heads;

    public RevisionGraph(Collection<RevisionInfo> revisions) {
        Map<String, RevisionInfo> ids = new HashMap<>(revisions.size() * 2);
        for (RevisionInfo r : revisions) {
            RevisionIds.require(r.id(), r.source());
            RevisionInfo clash = ids.put(r.id(), r);
            if (clash != null) {
                throw new RevisionException("revision id " + r.id() + " is used by both " + clash.source()
                        + " and " + r.source() + ": give one of them a new id");
            }
        }
        // Hash maps, and lists only for revisions that have children or dependents: a scan at head builds the graph
        // every run, and most revisions of a long history have one child and no dependent.
        Map<String, List<String>> kids = new HashMap<>(ids.size() * 2);
        Map<String, List<String>> needers = new HashMap<>();
        Map<String, String> labelled = new TreeMap<>();
        try {
            RevisionLinks.link(revisions, ids, kids, needers, labelled);
        } catch (RevisionException e) {
            // Which problem a message names does not depend on the order the revisions came in: the first by id.
            RevisionLinks.link(new TreeMap<>(ids).values(), ids, new HashMap<>(), new HashMap<>(), new TreeMap<>());
            throw e;
        }
        this.lookup = ids;
        this.labels = Collections.unmodifiableMap(labelled);
        this.ordered = RevisionLinks.topologicalOrder(ids, kids, needers);
        // Children and dependents in revision order, so that "branches into a, b" lists the older branch first.
        kids.replaceAll((id, list) -> inOrder(list));
        needers.replaceAll((id, list) -> inOrder(list));
        this.children = Collections.unmodifiableMap(kids);
        this.dependents = Collections.unmodifiableMap(needers);
    }

    /**
     * Why {@code label} cannot be a branch label, or null when it can: labels start with a letter and
     * hold letters, digits, {@code _}, {@code -} and {@code .}, and are neither a reserved word nor a
     * revision id.
     */
    public static String labelProblem(String label, Collection<String> revisionIds) {
        if (!label.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            return "is not a name (start with a letter; use letters, digits, _, - and . only)";
        }
        if (RESERVED.contains(label)) {
            return "has a meaning of its own in targets";
        }
        if (revisionIds.contains(label)) {
            return "is already a revision id";
        }
        return null;
    }

    /** Ids in revision order; a list of one (most children and dependents) is not sorted. */
    private List<String> inOrder(List<String> ids) {
        if (ids.size() < 2) {
            return ids;
        }
        Map<String, Integer> at = positions();
        return ids.stream().sorted(Comparator.comparing(at::get)).toList();
    }

    /** Each revision's place in revision order. */
    private Map<String, Integer> positions() {
        Map<String, Integer> at = position;
        if (at == null) {
            Map<String, Integer> made = new HashMap<>(ordered.size() * 2);
            for (int i = 0; i < ordered.size(); i++) {
                made.put(ordered.get(i).id(), i);
            }
            at = Collections.unmodifiableMap(made);
            position = at;
        }
        return at;
    }

    /** The revisions by id, sorted. */
    private Map<String, RevisionInfo> sorted() {
        Map<String, RevisionInfo> sorted = byId;
        if (sorted == null) {
            sorted = Collections.unmodifiableMap(new TreeMap<>(lookup));
            byId = sorted;
        }
        return sorted;
    }

    public boolean isEmpty() {
        return lookup.isEmpty();
    }

    /** All revisions, parents before children. */
    public List<RevisionInfo> revisions() {
        return ordered;
    }

    /** Every revision id, sorted. */
    public Set<String> ids() {
        return sorted().keySet();
    }

    public Optional<RevisionInfo> find(String id) {
        return Optional.ofNullable(lookup.get(id));
    }

    public RevisionInfo get(String id) {
        RevisionInfo r = lookup.get(id);
        if (r == null) {
            throw new RevisionException("Can't locate revision identified by '" + id + "'. Known revisions: "
                    + (lookup.isEmpty() ? "none" : String.join(", ", sorted().keySet()))
                    + ". Run migrate:history to list them.");
        }
        return r;
    }

    /** The revisions that follow {@code id}, in revision order. */
    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Whether the history splits after this revision. */
    public boolean isBranchPoint(String id) {
        return children(id).size() > 1;
    }

    /** Revisions no other revision follows, in revision order. */
    public List<RevisionInfo> heads() {
        List<RevisionInfo> found = heads;
        if (found == null) {
            found = ordered.stream().filter(r -> !children.containsKey(r.id())).toList();
            heads = found;
        }
        return found;
    }

    /** The revisions that are heads of the history once exactly {@code applied} are applied, in revision order. */
    public List<String> headsOf(Set<String> applied) {
        return ordered.stream()
                .map(RevisionInfo::id)
                .filter(applied::contains)
                .filter(id -> children(id).stream().noneMatch(applied::contains))
                .toList();
    }

    /**
     * The heads once {@code id} is applied ({@code upgrade}) or reverted on a database at
     * {@code heads} with exactly {@code applied} applied: the same answer as {@link #headsOf} on the
     * changed set, found from the revision's parents and children alone, so that a walk through N
     * revisions stays linear.
     */
    public List<String> headsAfter(List<String> heads, Set<String> applied, String id, boolean upgrade) {
        RevisionInfo r = get(id);
        Set<String> out = new HashSet<>(heads);
        if (upgrade) {
            out.removeAll(r.parents());
            if (children(id).stream().noneMatch(applied::contains)) {
                out.add(id);
            }
        } else {
            out.remove(id);
            for (String p : r.parents()) {
                if (applied.contains(p) && children(p).stream().allMatch(k -> k.equals(id) || !applied.contains(k))) {
                    out.add(p);
                }
            }
        }
        Map<String, Integer> at = positions();
        return out.stream().sorted(Comparator.comparing(at::get)).toList();
    }

    /** The revisions (revision order) whose history splits: each has several children. */
    public List<RevisionInfo> branchPoints() {
        return ordered.stream().filter(r -> isBranchPoint(r.id())).toList();
    }

    /** Every branch label, sorted. */
    public Set<String> labels() {
        return labels.keySet();
    }

    /** The revision that gives {@code label} to its branch. */
    public Optional<RevisionInfo> labelled(String label) {
        return Optional.ofNullable(labels.get(label)).map(lookup::get);
    }

    /**
     * The branch labels {@code id} belongs to, sorted: those of the revision itself and of every
     * revision it follows, directly or not (a label names the branch from its revision on).
     */
    public List<String> branchLabelsOf(String id) {
        Set<String> ancestors = closure(List.of(id), r -> get(r).parents());
        TreeSet<String> out = new TreeSet<>();
        labels.forEach((label, owner) -> {
            if (ancestors.contains(owner)) {
                out.add(label);
            }
        });
        return List.copyOf(out);
    }

    /**
     * The revision whose id is {@code idOrPrefix} or starts with it.
     *
     * @throws RevisionException when none or several match
     */
    public RevisionInfo resolve(String idOrPrefix) {
        if (lookup.containsKey(idOrPrefix)) {
            return lookup.get(idOrPrefix);
        }
        List<String> matches = sorted().keySet().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return lookup.get(matches.get(0));
        }
        if (matches.isEmpty()) {
            return get(idOrPrefix);
        }
        throw new RevisionException("revision prefix '" + idOrPrefix + "' is ambiguous: it matches " + String.join(", ", matches)
                + ". Give more characters of the id.");
    }

    /**
     * {@code ids} and everything that must be applied before them: the revisions they follow and
     * depend on, directly or not.
     */
    public Set<String> withAncestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                RevisionInfo r = get(id);
                todo.addAll(r.parents());
                todo.addAll(r.dependsOn());
            }
        }
        return seen;
    }

    /**
     * What a database at {@code heads} has applied: {@link #withAncestors}, as a set that cannot be changed. At the
     * graph's own heads that is every revision (each revision that is not a head has a child, and so on up to a
     * head), found without a walk: an upgrade at head asks for it every run.
     */
    public Set<String> appliedAt(Collection<String> heads) {
        List<RevisionInfo> all = heads();
        boolean atEveryHead = heads.size() >= all.size();
        for (int i = 0; atEveryHead && i < all.size(); i++) {
            atEveryHead = heads.contains(all.get(i).id());
        }
        return Collections.unmodifiableSet(atEveryHead ? lookup.keySet() : withAncestors(heads));
    }

    /** {@code ids} and everything that must be reverted before them: their children and dependents, directly or not. */
    public Set<String> withDescendants(Collection<String> ids) {
        return closure(ids, id -> {
            List<String> after = new ArrayList<>(children(id));
            after.addAll(dependents.getOrDefault(id, List.of()));
            return after;
        });
    }

    /** {@code id} and the revisions that follow it, directly or not (dependencies not counted). */
    public Set<String> lineFrom(String id) {
        return closure(List.of(id), this::children);
    }

    /**
     * The latest revision that all of {@code ids} follow (directly, indirectly, or by being it), or
     * empty when they have none in common: where their lines of history split.
     */
    public Optional<String> commonAncestor(Collection<String> ids) {
        Set<String> common = null;
        for (String id : ids) {
            Set<String> ancestors = closure(List.of(id), r -> get(r).parents());
            if (common == null) {
                common = new HashSet<>(ancestors);
            } else {
                common.retainAll(ancestors);
            }
        }
        if (common == null || common.isEmpty()) {
            return Optional.empty();
        }
        Set<String> found = common;
        List<String> inOrder = ordered.stream().map(RevisionInfo::id).filter(found::contains).toList();
        return Optional.of(inOrder.get(inOrder.size() - 1));
    }

    private Set<String> closure(Collection<String> start, Function<String, Collection<String>> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }
}
