package dev.optionsdeep.migrate.migration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Branches, merges, branch labels and dependencies in the revision graph. */
class RevisionGraphTest {

    /**
     * <pre>
     * a1 ─┬─ b2 (symbols) ─────────────┬─ e5 (merge)
     *     └─ c3 (prices) ─ d4 ─────────┘
     *                      d4 depends on b2
     * </pre>
     */
    static final RevisionGraph MERGED = new RevisionGraph(List.of(
            rev("e5", List.of("b2", "d4"), "5"),
            rev("a1", List.of(), "1"),
            new RevisionInfo("b2", List.of("a1"), "symbols", "2", "B", List.of("symbols"), List.of()),
            new RevisionInfo("c3", List.of("a1"), "prices", "3", "C", List.of("prices"), List.of()),
            new RevisionInfo("d4", List.of("c3"), "index", "1", "D", List.of(), List.of("b2"))));

    @Test
    void aBranchPointHasSeveralChildrenAndAMergeSeveralParents() {
        assertEquals(List.of("b2", "c3"), MERGED.children("a1"));
        assertTrue(MERGED.isBranchPoint("a1"));
        assertEquals(List.of("a1"), ids(MERGED.branchPoints()));
        assertTrue(MERGED.get("e5").isMerge());
        assertEquals(List.of("e5"), ids(MERGED.heads()));
    }

    @Test
    void orderPutsParentsAndDependenciesFirst() {
        // d4 was created before b2 ("1" < "2") but depends on it, so it comes after it.
        assertEquals(List.of("a1", "b2", "c3", "d4", "e5"), ids(MERGED.revisions()));
    }

    @Test
    void ancestorsIncludeDependenciesDescendantsIncludeDependents() {
        assertEquals(Set.of("a1", "b2", "c3", "d4"), MERGED.withAncestors(List.of("d4")));
        assertEquals(Set.of("b2", "d4", "e5"), MERGED.withDescendants(List.of("b2")));
        assertEquals(Set.of("c3", "d4", "e5"), MERGED.lineFrom("c3"));
    }

    /** Every order of applying, then reverting, MERGED's revisions one at a time. */
    @Test
    void headsAfterOneMoveAreTheHeadsOfTheChangedSet() {
        List<List<String>> orders = List.of(List.of("a1", "b2", "c3", "d4", "e5"), List.of("a1", "c3", "b2", "d4", "e5"));
        for (List<String> order : orders) {
            Set<String> applied = new java.util.HashSet<>();
            List<String> heads = List.of();
            for (String id : order) {
                heads = MERGED.headsAfter(heads, applied, id, true);
                applied.add(id);
                assertEquals(MERGED.headsOf(applied), heads, "after applying " + id);
            }
            List<String> back = new java.util.ArrayList<>(order);
            java.util.Collections.reverse(back);
            for (String id : back) {
                heads = MERGED.headsAfter(heads, applied, id, false);
                applied.remove(id);
                assertEquals(MERGED.headsOf(applied), heads, "after reverting " + id);
            }
        }
    }

    @Test
    void headsOfAnAppliedSetFollowParentsNotDependencies() {
        // b2 stays a head next to d4: d4 needs it but does not follow it.
        assertEquals(List.of("b2", "d4"), MERGED.headsOf(MERGED.withAncestors(List.of("d4"))));
        assertEquals(List.of("e5"), MERGED.headsOf(MERGED.withAncestors(List.of("e5"))));
        assertEquals(List.of(), MERGED.headsOf(Set.of()));
    }

    @Test
    void branchLabelsNameTheLineFromTheirRevisionOn() {
        assertEquals(Optional.of("c3"), MERGED.labelled("prices").map(RevisionInfo::id));
        assertEquals(List.of(), MERGED.branchLabelsOf("a1"));
        assertEquals(List.of("prices"), MERGED.branchLabelsOf("d4"));
        assertEquals(List.of("prices", "symbols"), MERGED.branchLabelsOf("e5"));
        assertEquals(Set.of("prices", "symbols"), MERGED.labels());
    }

    @Test
    void commonAncestorIsWhereTheLinesSplit() {
        assertEquals(Optional.of("a1"), MERGED.commonAncestor(List.of("b2", "d4")));
        assertEquals(Optional.of("c3"), MERGED.commonAncestor(List.of("c3", "d4")));
        RevisionGraph twoRoots = new RevisionGraph(List.of(rev("a", List.of(), "1"), rev("b", List.of(), "2")));
        assertEquals(Optional.empty(), twoRoots.commonAncestor(List.of("a", "b")));
    }

    @Test
    void unknownDependencyIsRefused() {
        RevisionException e = assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("a1", List.of(), "m", "", "A", List.of(), List.of("zz")))));
        assertEquals("revision a1 (A) depends on revision zz, which does not exist: restore that revision's class"
                + " or correct dependsOn of a1", e.getMessage());
    }

    @Test
    void aDependencyCycleIsACycle() {
        RevisionException e = assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                rev("a1", List.of(), "1"),
                new RevisionInfo("b2", List.of("a1"), "m", "2", "B", List.of(), List.of("c3")),
                new RevisionInfo("c3", List.of("b2"), "m", "3", "C", List.of(), List.of()))));
        assertEquals("the revisions b2 (B), c3 (C) follow each other in a cycle: correct the parents and dependsOn of their"
                + " @Revision so that the history starts at base",
                e.getMessage());
    }

    @Test
    void branchLabelsAreUniqueNamesThatTargetsCannotMistake() {
        RevisionException twice = assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("a1", List.of(), "m", "1", "A", List.of("x"), List.of()),
                new RevisionInfo("b2", List.of("a1"), "m", "2", "B", List.of("x"), List.of()))));
        assertEquals("branch label 'x' is given by both revision a1 and revision b2: a label names one branch,"
                + " rename one of them", twice.getMessage());
        RevisionException reserved = assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("a1", List.of(), "m", "1", "A", List.of("heads"), List.of()))));
        assertEquals("revision a1 (A) has branch label 'heads', which has a meaning of its own in targets:"
                + " rename the label", reserved.getMessage());
        assertEquals("is not a name (start with a letter; use letters, digits, _, - and . only)",
                RevisionGraph.labelProblem("my@branch", Set.of()));
        assertEquals("is already a revision id", RevisionGraph.labelProblem("abc", Set.of("abc")));
        assertEquals(null, RevisionGraph.labelProblem("release-2.x", Set.of()));
    }

    static RevisionInfo rev(String id, List<String> parents, String created) {
        return new RevisionInfo(id, parents, "m " + id, created, id.toUpperCase());
    }

    @Test
    void theProblemAMessageNamesIsTheFirstByIdWhateverOrderTheRevisionsComeIn() {
        RevisionException twice = assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("b2", List.of("a1"), "m", "2", "B", List.of("x"), List.of()),
                new RevisionInfo("c3", List.of("zz"), "m", "3", "C", List.of(), List.of()),
                new RevisionInfo("a1", List.of(), "m", "1", "A", List.of("x"), List.of()))));
        assertEquals("branch label 'x' is given by both revision a1 and revision b2: a label names one branch,"
                + " rename one of them", twice.getMessage());
    }

    @Test
    void atEveryHeadEveryRevisionIsAppliedAsTheWalkFindsIt() {
        assertEquals(MERGED.ids(), MERGED.appliedAt(List.of("e5")));
        assertEquals(MERGED.withAncestors(List.of("e5")), MERGED.appliedAt(List.of("e5")));
        assertEquals(MERGED.withAncestors(List.of("d4")), MERGED.appliedAt(List.of("d4")));
        assertEquals(Set.of(), MERGED.appliedAt(List.of()));
    }

    static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
