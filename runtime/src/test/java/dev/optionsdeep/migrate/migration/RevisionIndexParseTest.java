package dev.optionsdeep.migrate.migration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The index's text as a scan reads it, by hand: every field as the build wrote it, the entries in file name order,
 * and anything that is not an index this Migrate reads taken as no index at all.
 */
class RevisionIndexParseTest {

    private static final RevisionIndex.Entry FIRST = new RevisionIndex.Entry("V1_First.class", 120, 0xabcdefL, 1_000L,
            new RevisionInfo("a1", List.of(), "First, with a\ttab", "2026-01-01T00:00:00Z", "p.V1_First"), "v2:11");
    private static final RevisionIndex.Entry SECOND = new RevisionIndex.Entry("V2_Second.class", 130, 0x12L, 2_000L,
            new RevisionInfo("b2", List.of("a1"), "Second", "", "p.V2_Second", List.of("x", "y"), List.of("a1")), null);

    @Test
    void everyFieldReadsBackAsWritten() {
        assertEquals(List.of(FIRST, SECOND), RevisionIndex.parse(RevisionIndex.text(List.of(SECOND, FIRST)), "p"));
    }

    @Test
    void linesOutOfOrderAreSortedAndALaterLineForAFileComesLast() {
        String header = RevisionIndex.HEADER + "\r\n";
        String first = FIRST.line() + "\n";
        String second = SECOND.line() + "\r\n";
        RevisionIndex.Entry again = new RevisionIndex.Entry("V1_First.class", 121, 1L, 3_000L, FIRST.info(), "v2:22");
        assertEquals(List.of(FIRST, again, SECOND),
                RevisionIndex.parse(header + second + "\n" + first + again.line(), "p"));
    }

    @Test
    void aLineWithTooFewOrTooManyFieldsOrAnotherHeaderIsNoIndex() {
        String header = RevisionIndex.HEADER + "\n";
        assertEquals(List.of(), RevisionIndex.parse(header + FIRST.line() + "\textra\n", "p"));
        assertEquals(List.of(), RevisionIndex.parse(header + FIRST.line().substring(0, FIRST.line().lastIndexOf('\t')), "p"));
        assertEquals(List.of(), RevisionIndex.parse(header + FIRST.line().replace("\t120\t", "\ttwelve\t"), "p"));
        assertEquals(List.of(), RevisionIndex.parse(RevisionIndex.HEADER + " 2\n" + FIRST.line(), "p"));
        assertEquals(List.of(), RevisionIndex.parse("", "p"));
    }
}
