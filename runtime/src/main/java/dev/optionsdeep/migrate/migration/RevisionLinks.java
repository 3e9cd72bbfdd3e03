package dev.optionsdeep.migrate.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a {@link RevisionGraph} is put together from its revisions: each revision linked to the revisions it follows
 * and depends on, then all of them in revision order. Apart from the graph, which keeps what it answers with.
 */
final class RevisionLinks {

    private RevisionLinks() {
    }

    /**
     * Records {@code r}'s parents, dependencies and branch labels, refusing one that names a revision that does not
     * exist and a label that is not allowed or taken.
     */
    static void link(Collection<RevisionInfo> revisions, Map<String, RevisionInfo> ids,
                             Map<String, List<String>> kids, Map<String, List<String>> needers, Map<String, String> labelled) {
        for (RevisionInfo r : revisions) {
            for (String p : r.parents()) {
                if (!ids.containsKey(p)) {
                    throw new RevisionException("revision " + r.id() + " (" + r.source() + ") follows revision " + p
                            + ", which does not exist: restore that revision's class or correct the parents of " + r.id());
                }
                add(kids, p, r.id());
            }
            for (String d : r.dependsOn()) {
                if (!ids.containsKey(d)) {
                    throw new RevisionException("revision " + r.id() + " (" + r.source() + ") depends on revision " + d
                            + ", which does not exist: restore that revision's class or correct dependsOn of " + r.id());
                }
                add(needers, d, r.id());
            }
            for (String label : r.branchLabels()) {
                String problem = RevisionGraph.labelProblem(label, ids.keySet());
                if (problem != null) {
                    throw new RevisionException("revision " + r.id() + " (" + r.source() + ") has branch label '" + label
                            + "', which " + problem + ": rename the label");
                }
                String other = labelled.put(label, r.id());
                if (other != null) {
                    throw new RevisionException("branch label '" + label + "' is given by both revision " + other
                            + " and revision " + r.id() + ": a label names one branch, rename one of them");
                }
            }
        }
    }

    /** Adds {@code id} to the list of {@code key}: a list of one without an array list, most revisions' only child. */
    private static void add(Map<String, List<String>> lists, String key, String id) {
        List<String> list = lists.get(key);
        if (list == null) {
            lists.put(key, List.of(id));
        } else if (list instanceof ArrayList<String> more) {
            more.add(id);
        } else {
            List<String> more = new ArrayList<>(2);
            more.add(list.get(0));
            more.add(id);
            lists.put(key, more);
        }
    }

    /** The revisions that come just before (or just after) one: a set, as a revision may name one twice. */
    private static Collection<String> distinct(List<String> first, List<String> second) {
        if (second.isEmpty() && first.size() < 2) {
            return first;
        }
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * Parents (and dependencies) before children; among revisions that could go in either order, by creation time then
     * id. A revision that comes after one other revision only is ready once that one is placed, so only those that
     * come after several are counted down (most of a long history follows one parent).
     */
    static List<RevisionInfo> topologicalOrder(Map<String, RevisionInfo> ids, Map<String, List<String>> kids,
                                                       Map<String, List<String>> needers) {
        Map<String, Integer> pending = new HashMap<>();
        PriorityQueue<RevisionInfo> ready = new PriorityQueue<>(
                Comparator.comparing(RevisionInfo::created).thenComparing(RevisionInfo::id));
        for (RevisionInfo r : ids.values()) {
            int before = distinct(r.parents(), r.dependsOn()).size();
            if (before == 0) {
                ready.add(r);
            } else if (before > 1) {
                pending.put(r.id(), before);
            }
        }
        List<RevisionInfo> out = new ArrayList<>(ids.size());
        while (!ready.isEmpty()) {
            RevisionInfo r = ready.poll();
            out.add(r);
            for (String next : distinct(kids.getOrDefault(r.id(), List.of()), needers.getOrDefault(r.id(), List.of()))) {
                Integer left = pending.get(next);
                if (left == null || left == 1) {
                    ready.add(ids.get(next));
                } else {
                    pending.put(next, left - 1);
                }
            }
        }
        if (out.size() != ids.size()) {
            Set<String> placed = new HashSet<>();
            out.forEach(r -> placed.add(r.id()));
            List<String> stuck = new TreeMap<>(ids).values().stream().filter(r -> !placed.contains(r.id()))
                    .map(r -> r.id() + " (" + r.source() + ")").toList();
            throw new RevisionException("the revisions " + String.join(", ", stuck) + " follow each other in a cycle:"
                    + " correct the parents and dependsOn of their @Revision so that the history starts at base");
        }
        return List.copyOf(out);
    }
}
