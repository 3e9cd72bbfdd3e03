package dev.optionsdeep.migrate.migration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The revisions of one database and how they follow each other. Immutable; validated on
 * construction (unique ids, known parents, no cycles).
 */
public final class RevisionGraph {

    private final Map<String, RevisionInfo> byId;
    private final Map<String, List<String>> children;
    private final List<RevisionInfo> ordered;

    public RevisionGraph(Collection<RevisionInfo> revisions) {
        Map<String, RevisionInfo> ids = new TreeMap<>();
        for (RevisionInfo r : revisions) {
            RevisionInfo clash = ids.put(r.id(), r);
            if (clash != null) {
                throw new RevisionException("revision id " + r.id() + " is used by both " + clash.source()
                        + " and " + r.source() + ": give one of them a new id");
            }
        }
        Map<String, List<String>> kids = new TreeMap<>();
        ids.keySet().forEach(id -> kids.put(id, new ArrayList<>()));
        for (RevisionInfo r : ids.values()) {
            for (String p : r.parents()) {
                if (!ids.containsKey(p)) {
                    throw new RevisionException("revision " + r.id() + " (" + r.source() + ") follows revision " + p
                            + ", which does not exist: restore that revision's class or correct the parents of " + r.id());
                }
                kids.get(p).add(r.id());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(ids);
        this.children = Map.copyOf(kids);
        this.ordered = topologicalOrder(ids, kids);
    }

    /** Parents before children; among revisions that could go in either order, by creation time then id. */
    private static List<RevisionInfo> topologicalOrder(Map<String, RevisionInfo> ids, Map<String, List<String>> kids) {
        Map<String, Integer> pending = new LinkedHashMap<>();
        ids.values().forEach(r -> pending.put(r.id(), new LinkedHashSet<>(r.parents()).size()));
        java.util.PriorityQueue<RevisionInfo> ready = new java.util.PriorityQueue<>(
                java.util.Comparator.comparing(RevisionInfo::created).thenComparing(RevisionInfo::id));
        ids.values().stream().filter(RevisionInfo::isBase).forEach(ready::add);
        List<RevisionInfo> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            RevisionInfo r = ready.poll();
            out.add(r);
            for (String child : kids.get(r.id())) {
                if (pending.merge(child, -1, Integer::sum) == 0) {
                    ready.add(ids.get(child));
                }
            }
        }
        if (out.size() != ids.size()) {
            List<String> stuck = ids.keySet().stream().filter(id -> out.stream().noneMatch(r -> r.id().equals(id))).toList();
            throw new RevisionException("the revisions " + stuck + " follow each other in a cycle: correct their parents");
        }
        return List.copyOf(out);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** All revisions, parents before children. */
    public List<RevisionInfo> revisions() {
        return ordered;
    }

    public Optional<RevisionInfo> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public RevisionInfo get(String id) {
        RevisionInfo r = byId.get(id);
        if (r == null) {
            throw new RevisionException("Can't locate revision identified by '" + id + "'. Known revisions: "
                    + (byId.isEmpty() ? "none" : String.join(", ", byId.keySet()))
                    + ". Run migrate:history to list them.");
        }
        return r;
    }

    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Revisions no other revision follows, in revision order. */
    public List<RevisionInfo> heads() {
        return ordered.stream().filter(r -> children.get(r.id()).isEmpty()).toList();
    }

    /**
     * The revision whose id is {@code idOrPrefix} or starts with it.
     *
     * @throws RevisionException when none or several match
     */
    public RevisionInfo resolve(String idOrPrefix) {
        if (byId.containsKey(idOrPrefix)) {
            return byId.get(idOrPrefix);
        }
        List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return byId.get(matches.get(0));
        }
        if (matches.isEmpty()) {
            return get(idOrPrefix);
        }
        throw new RevisionException("revision prefix '" + idOrPrefix + "' is ambiguous: it matches " + String.join(", ", matches)
                + ". Give more characters of the id.");
    }

    /** {@code ids} and every revision they follow, directly or not. */
    public Set<String> withAncestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(get(id).parents());
            }
        }
        return seen;
    }
}
