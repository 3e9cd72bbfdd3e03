package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Revisions as history, heads, branches, current and show print them, in Alembic's words. */
class RevisionFormatTest {

    private static final RevisionGraph GRAPH = new RevisionGraph(List.of(
            new RevisionInfo("a1", List.of(), "Create companies table", "2026-11-24T03:00:00Z", "db.V1_Create"),
            new RevisionInfo("b2", List.of("a1"), "Add stock_symbol_type\nsecond line", "2026-11-24T03:01:00Z",
                    "db.V2_Symbols", List.of("symbols"), List.of()),
            new RevisionInfo("c3", List.of("a1"), "Create stock_prices table", "2026-11-24T03:02:00Z", "db.V3_Prices",
                    List.of("prices"), List.of("b2")),
            new RevisionInfo("d4", List.of("b2", "c3"), "Merge", "", "db.V4_Merge")));

    private final RevisionFormat format = new RevisionFormat(GRAPH, Set.of("d4"),
            r -> Path.of("src/main/java/db", r.simpleName() + ".java"));

    @Test
    void linesCarryLabelsAndMarks() {
        assertEquals("<base> -> a1 (branchpoint), Create companies table", format.line(GRAPH.get("a1")));
        assertEquals("a1 -> b2 (symbols), Add stock_symbol_type", format.line(GRAPH.get("b2")));
        assertEquals("b2, c3 -> d4 (prices, symbols) (head) (mergepoint) (current), Merge", format.line(GRAPH.get("d4")));
    }

    @Test
    void verboseBlocksNameEverythingAboutTheRevision() {
        assertEquals(List.of(
                "Rev: c3 (prices)",
                "Parent: a1",
                "Branch names: prices",
                "Depends on: b2",
                "Path: src/main/java/db/V3_Prices.java",
                "Created: 2026-11-24T03:02:00Z",
                "",
                "    Create stock_prices table",
                ""), format.verbose(GRAPH.get("c3")));
        assertEquals(List.of(
                "Rev: a1 (branchpoint)",
                "Parent: <base>",
                "Branches into: b2, c3",
                "Path: src/main/java/db/V1_Create.java",
                "Created: 2026-11-24T03:00:00Z",
                "",
                "    Create companies table",
                ""), format.verbose(GRAPH.get("a1")));
        assertEquals("Merges: b2, c3", format.verbose(GRAPH.get("d4")).get(1));
    }
}
