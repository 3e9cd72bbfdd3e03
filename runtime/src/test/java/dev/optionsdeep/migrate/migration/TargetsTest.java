package dev.optionsdeep.migrate.migration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsTest {

    /** base -> ae1027a6acf3 -> b4f2e8c9d120 -> c0ffee000001 */
    private static final RevisionGraph LINEAR = new RevisionGraph(List.of(
            new RevisionInfo("b4f2e8c9d120", List.of("ae1027a6acf3"), "Add stock_prices table", "2024-01-16T00:00:00Z", "B"),
            new RevisionInfo("ae1027a6acf3", List.of(), "Create companies table", "2024-01-15T00:00:00Z", "A"),
            new RevisionInfo("c0ffee000001", List.of("b4f2e8c9d120"), "Add stock_symbol_type", "2024-01-17T00:00:00Z", "C")));

    @Test
    void orderAndHeads() {
        assertEquals(List.of("ae1027a6acf3", "b4f2e8c9d120", "c0ffee000001"),
                LINEAR.revisions().stream().map(RevisionInfo::id).toList());
        assertEquals(List.of("c0ffee000001"), LINEAR.heads().stream().map(RevisionInfo::id).toList());
    }

    @Test
    void namedTargets() {
        assertEquals(Optional.of("c0ffee000001"), resolve(null, "head"));
        assertEquals(Optional.empty(), resolve("c0ffee000001", "base"));
        assertEquals(Optional.of("ae1027a6acf3"), resolve(null, "ae1027a6acf3"));
        assertEquals(Optional.of("ae1027a6acf3"), resolve(null, "ae1027"));
        assertEquals(Optional.of("b4f2e8c9d120"), resolve(null, "b"));
    }

    @Test
    void relativeTargets() {
        assertEquals(Optional.of("ae1027a6acf3"), resolve(null, "+1"));
        assertEquals(Optional.of("b4f2e8c9d120"), resolve(null, "+2"));
        assertEquals(Optional.of("c0ffee000001"), resolve("ae1027a6acf3", "+2"));
        assertEquals(Optional.of("ae1027a6acf3"), resolve("b4f2e8c9d120", "-1"));
        assertEquals(Optional.empty(), resolve("b4f2e8c9d120", "-2"));
        assertEquals(Optional.of("b4f2e8c9d120"), resolve(null, "head~1"));
        assertEquals(Optional.of("ae1027a6acf3"), resolve(null, "head-2"));
        assertEquals(Optional.of("c0ffee000001"), resolve(null, "ae1027+2"));
        assertEquals(Optional.of("ae1027a6acf3"), resolve(null, "c0ffee000001-2"));
    }

    @Test
    void impossibleMovesSayWhy() {
        RevisionException tooFarBack = assertThrows(RevisionException.class, () -> resolve("b4f2e8c9d120", "-5"));
        assertEquals("cannot move -5: revision b4f2e8c9d120 is only 2 revisions above base."
                + " Use base to go back to the empty database.", tooFarBack.getMessage());
        RevisionException tooFar = assertThrows(RevisionException.class, () -> resolve("b4f2e8c9d120", "+3"));
        assertEquals("cannot move +3: revision b4f2e8c9d120 has only 1 revision after it. Use head to go to the latest.",
                tooFar.getMessage());
    }

    @Test
    void unknownAndAmbiguousIds() {
        RevisionGraph graph = new RevisionGraph(List.of(
                new RevisionInfo("abc111111111", List.of(), "one", "1", "A"),
                new RevisionInfo("abc222222222", List.of("abc111111111"), "two", "2", "B")));
        RevisionException ambiguous = assertThrows(RevisionException.class,
                () -> Targets.resolve(graph, Optional.empty(), "abc"));
        assertEquals("revision prefix 'abc' is ambiguous: it matches abc111111111, abc222222222."
                + " Give more characters of the id.", ambiguous.getMessage());
        RevisionException unknown = assertThrows(RevisionException.class,
                () -> Targets.resolve(graph, Optional.empty(), "abc123"));
        assertEquals("Can't locate revision identified by 'abc123'. Known revisions: abc111111111, abc222222222."
                + " Run migrate:history to list them.", unknown.getMessage());
    }

    @Test
    void noRevisionsAtAll() {
        RevisionException e = assertThrows(RevisionException.class,
                () -> Targets.resolve(new RevisionGraph(List.of()), Optional.empty(), "head"));
        assertEquals("there are no revisions yet: create the first with mvn migrate:revision -Dmessage=\"…\"", e.getMessage());
    }

    @Test
    void graphRejectsUnknownParentsDuplicatesAndCycles() {
        assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("a", List.of("zzz"), "m", "", "A"))));
        assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("a", List.of(), "m", "", "A"), new RevisionInfo("a", List.of(), "m", "", "B"))));
        RevisionException cycle = assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("a", List.of(), "m", "", "A"),
                new RevisionInfo("b", List.of("a", "c"), "m", "", "B"),
                new RevisionInfo("c", List.of("b"), "m", "", "C"))));
        assertEquals("the revisions b (B), c (C) follow each other in a cycle: correct the parents and dependsOn of their"
                + " @Revision so that the history starts at base",
                cycle.getMessage());
    }

    @Test
    void headsAndBranchTargets() {
        RevisionGraph g = RevisionGraphTest.MERGED;
        RevisionGraph branched = new RevisionGraph(g.revisions().stream().filter(r -> !r.id().equals("e5")).toList());
        assertEquals(List.of("b2", "d4"), Targets.resolveAll(branched, List.of(), "heads").revisions());
        assertEquals(List.of("e5"), Targets.resolveAll(g, List.of(), "heads").revisions());
        assertEquals(Optional.of("b2"), Targets.resolve(branched, Optional.empty(), "symbols@head"));
        assertEquals(Optional.of("d4"), Targets.resolve(branched, Optional.empty(), "prices@head"));
        assertEquals(Optional.of("c3"), Targets.resolve(branched, Optional.empty(), "prices@head-1"));
        assertEquals(Optional.of("c3"), Targets.resolve(branched, Optional.empty(), "prices@base+1"));
        assertEquals(Optional.of("d4"), Targets.resolve(branched, Optional.empty(), "c3@head"));
        // After the merge both branches lead to the same head.
        assertEquals(Optional.of("e5"), Targets.resolve(g, Optional.empty(), "symbols@head"));
        Target base = Targets.resolveAll(branched, List.of(), "prices@base");
        assertEquals(List.of("a1"), base.revisions());
        assertEquals("c3", base.branchStart());
    }

    @Test
    void branchTargetErrorsSayWhatExists() {
        RevisionGraph g = RevisionGraphTest.MERGED;
        RevisionException unknown = assertThrows(RevisionException.class,
                () -> Targets.resolve(g, Optional.empty(), "networking@head"));
        assertEquals("'networking@head': 'networking' is neither a branch label nor a revision."
                + " Branch labels: prices, symbols.", unknown.getMessage());
        RevisionException noLabel = assertThrows(RevisionException.class,
                () -> Targets.resolveAll(g, List.of(), "b2@base"));
        assertEquals("'b2@base': there is no branch label 'b2'. Branch labels: prices, symbols.", noLabel.getMessage());
        RevisionException severalHeads = assertThrows(RevisionException.class,
                () -> Targets.resolve(new RevisionGraph(g.revisions().stream().filter(r -> !r.id().equals("e5")).toList()),
                        Optional.empty(), "a1@head"));
        assertEquals("'a1@head' is ambiguous: the branch from a1 has several heads, b2, d4. Name one of them,"
                + " or join them with mvn migrate:merge -Dmessage=\"…\".", severalHeads.getMessage());
        RevisionException heads = assertThrows(RevisionException.class,
                () -> Targets.resolve(g, Optional.empty(), "heads"));
        assertTrue(heads.getMessage().startsWith("'heads' names every head, and only one revision fits here"));
    }

    @Test
    void rangesForHistoryAndScripts() {
        Targets.Range all = Targets.range(LINEAR, ":");
        assertEquals(List.of(), all.from().revisions());
        assertEquals(List.of("c0ffee000001"), all.to().revisions());
        Targets.Range some = Targets.range(LINEAR, "ae1027:+1");
        assertEquals(List.of("ae1027a6acf3"), some.from().revisions());
        assertEquals(List.of("b4f2e8c9d120"), some.to().revisions());
        Targets.Range back = Targets.range(LINEAR, "head:-2");
        assertEquals(List.of("ae1027a6acf3"), back.to().revisions());
        assertEquals(List.of(), Targets.range(LINEAR, "head:base").to().revisions());
        RevisionException notARange = assertThrows(RevisionException.class, () -> Targets.range(LINEAR, "a:b:c"));
        assertEquals("'a:b:c' is not a range: write from:to, for example base:head or ae1027:b4f2e8"
                + " (either side may be left out)", notARange.getMessage());
    }

    @Test
    void historyRangesNameTheDatabasesRevisions() {
        List<String> atB = List.of("b4f2e8c9d120");
        Targets.Range ahead = Targets.range(LINEAR, "current:head", atB);
        assertEquals(atB, ahead.from().revisions());
        assertEquals(List.of("c0ffee000001"), ahead.to().revisions());
        Targets.Range behind = Targets.range(LINEAR, "-1:current", atB);
        assertEquals(List.of("ae1027a6acf3"), behind.from().revisions());
        assertEquals(atB, behind.to().revisions());
        assertEquals(List.of(), Targets.range(LINEAR, "base:current", List.of()).to().revisions());
        RevisionException unknown = assertThrows(RevisionException.class, () -> Targets.range(LINEAR, "current:"));
        assertEquals("'current:' names current, the revision the database is at, and the database cannot be read here:"
                + " check that it can be reached, or name a revision instead", unknown.getMessage());
    }

    private static Optional<String> resolve(String current, String target) {
        return Targets.resolve(LINEAR, Optional.ofNullable(current), target);
    }
}
