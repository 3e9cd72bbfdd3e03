package dev.optionsdeep.migrate.migration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.optionsdeep.migrate.migration.RevisionGraphTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which revisions a move runs on a graph with branches, a dependency and a merge. */
class PlansTest {

    /** a1 ─┬─ b2 (symbols); a1 ─ c3 (prices) ─ d4, d4 depends on b2. Two heads: b2, d4. */
    private static final RevisionGraph BRANCHED = new RevisionGraph(List.of(
            RevisionGraphTest.rev("a1", List.of(), "1"),
            new RevisionInfo("b2", List.of("a1"), "symbols", "2", "B", List.of("symbols"), List.of()),
            new RevisionInfo("c3", List.of("a1"), "prices", "3", "C", List.of("prices"), List.of()),
            new RevisionInfo("d4", List.of("c3"), "index", "4", "D", List.of(), List.of("b2"))));

    private static final RevisionGraph MERGED = RevisionGraphTest.MERGED;

    @Test
    void upgradeToHeadsAppliesEveryBranch() {
        assertEquals(List.of("a1", "b2", "c3", "d4"), ids(Plans.upgrade(BRANCHED, List.of(), "heads")));
        assertEquals(List.of("c3", "d4"), ids(Plans.upgrade(BRANCHED, List.of("b2"), "heads")));
    }

    @Test
    void upgradeToOneBranchBringsItsDependencies() {
        assertEquals(List.of("a1", "c3"), ids(Plans.upgrade(BRANCHED, List.of(), "prices@base+1")));
        assertEquals(List.of("a1", "b2"), ids(Plans.upgrade(BRANCHED, List.of(), "symbols@head")));
        // d4 needs b2 from the other branch: it comes first.
        assertEquals(List.of("a1", "b2", "c3", "d4"), ids(Plans.upgrade(BRANCHED, List.of(), "prices@head")));
    }

    @Test
    void upgradeToHeadWithSeveralHeadsNamesThemAndTheWayOut() {
        RevisionException e = assertThrows(RevisionException.class, () -> Plans.upgrade(BRANCHED, List.of(), "head"));
        assertEquals("'head' is ambiguous: the revisions have several heads, b2, d4. Join them with"
                + " mvn migrate:merge -Dmessage=\"Merge heads\" (then 'head' is the merge), or move every branch"
                + " with -Dtarget=heads, or name one: -Dtarget=b2 or -Dtarget=<branch>@head.", e.getMessage());
    }

    @Test
    void upgradeAcrossAMergeAppliesBothParentsFirst() {
        assertEquals(List.of("c3", "d4", "e5"), ids(Plans.upgrade(MERGED, List.of("b2"), "head")));
        assertEquals(List.of("e5"), ids(Plans.upgrade(MERGED, List.of("b2", "d4"), "head")));
    }

    @Test
    void downgradeOfOneBranchLeavesTheOtherAlone() {
        List<String> both = List.of("b2", "d4");
        // prices@base: the prices branch goes, symbols stays.
        assertEquals(List.of("d4", "c3"), ids(Plans.downgrade(BRANCHED, both, "prices@base")));
        // symbols@base: b2 goes, and d4 with it, since it depends on b2; c3 stays.
        assertEquals(List.of("d4", "b2"), ids(Plans.downgrade(BRANCHED, both, "symbols@base")));
        assertEquals(List.of("d4"), ids(Plans.downgrade(BRANCHED, both, "c3")));
        assertEquals(List.of("d4", "c3", "b2", "a1"), ids(Plans.downgrade(BRANCHED, both, "base")));
        // Below a merge: the merge, then the parent's line.
        assertEquals(List.of("e5", "d4"), ids(Plans.downgrade(MERGED, List.of("e5"), "c3")));
        // One step back from a merge: the database is at both its parents again.
        assertEquals(List.of("e5"), ids(Plans.downgrade(MERGED, List.of("e5"), "-1")));
        RevisionException twoBack = assertThrows(RevisionException.class,
                () -> Plans.downgrade(MERGED, List.of("e5"), "-2"));
        assertEquals("cannot move -2: revision e5 merges b2, d4. Name the revision to go to.", twoBack.getMessage());
    }

    @Test
    void movesOnTheWrongSideAreRefused() {
        RevisionException ahead = assertThrows(RevisionException.class,
                () -> Plans.downgrade(BRANCHED, List.of("b2"), "c3"));
        assertEquals("downgrade target c3 is ahead of the database, which is at b2."
                + " Use migrate:upgrade -Dtarget=c3 to go forward.", ahead.getMessage());
        RevisionException behind = assertThrows(RevisionException.class,
                () -> Plans.upgrade(BRANCHED, List.of("b2", "d4"), "a1"));
        assertEquals("upgrade target a1 is behind the database, which is at b2, d4."
                + " Use migrate:downgrade -Dtarget=a1 to go back.", behind.getMessage());
        RevisionException relative = assertThrows(RevisionException.class,
                () -> Plans.downgrade(BRANCHED, List.of("b2", "d4"), "-1"));
        assertEquals("the database is at several revisions (b2, d4), so '-1' is ambiguous: name the revision to go to,"
                + " for example <branch>@head or heads", relative.getMessage());
    }

    @Test
    void walkTellsWhereTheDatabaseIsAroundEachRevision() {
        List<Plans.Move> moves = Plans.walk(BRANCHED, List.of("b2"), Plans.upgrade(BRANCHED, List.of("b2"), "heads"), true);
        assertEquals(2, moves.size());
        assertEquals(List.of("b2"), moves.get(0).from());
        assertEquals(List.of("b2", "c3"), moves.get(0).to());
        assertEquals(List.of("b2", "d4"), moves.get(1).to());
        List<Plans.Move> back = Plans.walk(MERGED, List.of("e5"), Plans.downgrade(MERGED, List.of("e5"), "a1"), false);
        assertEquals(List.of("e5|b2,d4", "d4|b2,c3", "c3|b2", "b2|a1"),
                back.stream().map(m -> m.revision().id() + "|" + String.join(",", m.to())).toList());
    }

    @Test
    void stampReplacesItsOwnLineAndKeepsTheOthers() {
        assertEquals(List.of("b2", "d4"), stamp(List.of(), "heads", false));
        assertEquals(List.of("b2", "c3"), stamp(List.of("b2"), "c3", false));
        // Moving the prices line back to c3 keeps symbols where it was.
        assertEquals(List.of("b2", "c3"), stamp(List.of("b2", "d4"), "c3", false));
        // d4 needs b2, so stamping d4 records both.
        assertEquals(List.of("b2", "d4"), stamp(List.of(), "d4", false));
        assertEquals(List.of("b2"), stamp(List.of("b2", "d4"), "prices@base", false));
        assertEquals(List.of(), stamp(List.of("b2", "d4"), "base", false));
        assertEquals(List.of("c3"), stamp(List.of("b2"), "c3", true));
    }

    private static List<String> stamp(List<String> heads, String target, boolean purge) {
        return Plans.stamp(BRANCHED, heads, Targets.resolveAll(BRANCHED, heads, target), purge);
    }
}
