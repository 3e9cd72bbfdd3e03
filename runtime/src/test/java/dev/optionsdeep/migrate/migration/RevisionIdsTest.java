package dev.optionsdeep.migrate.migration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Revision ids are checked when the revisions are read, before anything runs: an id that the target
 * grammar would misread, that a comma would split in the history, or that the version table cannot
 * hold is refused, naming the class and the rule.
 */
class RevisionIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"head", "heads", "base", "current", "", " ", "eeee,ffff", "ae10+1", "ae10-1", "ae10~1", "a@head",
            "a:b", "x'; DROP TABLE companies; --", "ümlaut",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anIdOutsideTheRuleIsRefusedNamingTheClassAndTheRule(String id) {
        RevisionException e = assertThrows(RevisionException.class, () -> new RevisionGraph(List.of(
                new RevisionInfo("ae1027a6acf3", List.of(), "first", "", "db.migration.equities.V1_First"),
                new RevisionInfo(id, List.of("ae1027a6acf3"), "bad", "", "db.migration.equities.V2_Bad"))));

        assertEquals("revision id '" + id + "' of db.migration.equities.V2_Bad is not a valid revision id: an id is"
                + " 1 to 32 letters, digits or underscores, and none of the words head, heads, base or current"
                + " (migrate:revision writes 12 hexadecimal digits). Change @Revision(id = …) in"
                + " db.migration.equities.V2_Bad before it is applied anywhere.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ae1027a6acf3", "a", "a1", "V1", "release_2_0", "00000000000000000000000000000032"})
    void idsWithinTheRuleAreAccepted(String id) {
        assertEquals(id, new RevisionGraph(List.of(new RevisionInfo(id, List.of(), "m", "", "C"))).get(id).id());
    }
}
