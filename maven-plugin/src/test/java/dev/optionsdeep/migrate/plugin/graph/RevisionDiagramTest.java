package dev.optionsdeep.migrate.plugin.graph;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionDiagramTest {

    private static RevisionInfo revision(String id, List<String> parents, String message, List<String> labels,
                                         List<String> dependsOn) {
        return new RevisionInfo(id, parents, message, "2026-11-24T03:0" + id.charAt(0) + ":00Z", "db.migration.equities.V" + id,
                labels, dependsOn);
    }

    /** Companies, then a labelled symbols branch and a prices branch, joined by a merge; an audit depends on prices. */
    static RevisionGraph branchesAndMerge() {
        return new RevisionGraph(List.of(
                revision("1aaaaaaaaaaa", List.of(), "Create companies table", List.of(), List.of()),
                revision("2bbbbbbbbbbb", List.of("1aaaaaaaaaaa"), "Add stock_symbol_type", List.of("symbols"), List.of()),
                revision("3ccccccccccc", List.of("1aaaaaaaaaaa"), "Create \"stock_prices\" <table>", List.of(), List.of()),
                revision("4ddddddddddd", List.of("2bbbbbbbbbbb", "3ccccccccccc"), "Merge heads\nwith a second line",
                        List.of(), List.of()),
                revision("5eeeeeeeeeee", List.of(), "Audit #1", List.of("audit"), List.of("3ccccccccccc"))));
    }

    private static final EnvironmentStates LOCAL_AT_SYMBOLS = new EnvironmentStates(
            Map.of("local", List.of("2bbbbbbbbbbb"), "test", List.of()), Map.of("dev", "cannot reach PostgreSQL at warehouse-dev:5432"));

    private static RevisionDiagram diagram() {
        return new RevisionDiagram(branchesAndMerge(), LOCAL_AT_SYMBOLS, r -> r.id() + (r.branchLabels().isEmpty() ? ""
                : " (" + String.join(", ", r.branchLabels()) + ")"));
    }

    @Test
    void mermaidNamesEveryRevisionItsParentsDependenciesAndEnvironments() {
        assertEquals("""
                flowchart TB
                    base(("base<br/>at: test"))
                    r_1aaaaaaaaaaa["1aaaaaaaaaaa<br/>Create companies table"]
                    r_2bbbbbbbbbbb["2bbbbbbbbbbb (symbols)<br/>Add stock_symbol_type<br/>at: local"]
                    r_3ccccccccccc["3ccccccccccc<br/>Create #quot;stock_prices#quot; #lt;table#gt;"]
                    r_4ddddddddddd["4ddddddddddd<br/>Merge heads"]
                    r_5eeeeeeeeeee["5eeeeeeeeeee (audit)<br/>Audit #35;1"]
                    base --> r_1aaaaaaaaaaa
                    r_1aaaaaaaaaaa --> r_2bbbbbbbbbbb
                    r_1aaaaaaaaaaa --> r_3ccccccccccc
                    r_2bbbbbbbbbbb --> r_4ddddddddddd
                    r_3ccccccccccc --> r_4ddddddddddd
                    base --> r_5eeeeeeeeeee
                    r_3ccccccccccc -. depends on .-> r_5eeeeeeeeeee
                    classDef current stroke:#1a7f37,stroke-width:3px
                    class r_2bbbbbbbbbbb current
                    %% not reachable: dev (cannot reach PostgreSQL at warehouse-dev:5432)
                """, diagram().mermaid());
    }

    @Test
    void svgPlacesEachRevisionBelowItsParentsAndMarksWhereAnEnvironmentIs() {
        String svg = diagram().svg("Revisions of database equities");
        Map<String, double[]> boxes = boxes(svg);
        assertEquals(5, boxes.size(), svg);
        // base's layer holds no box; 1 and 5 follow base; 2 and 3 follow 1; the merge 4 comes last.
        assertEquals(boxes.get("1aaaaaaaaaaa")[1], boxes.get("5eeeeeeeeeee")[1]);
        assertEquals(boxes.get("2bbbbbbbbbbb")[1], boxes.get("3ccccccccccc")[1]);
        assertTrue(boxes.get("2bbbbbbbbbbb")[1] > boxes.get("1aaaaaaaaaaa")[1]);
        assertTrue(boxes.get("4ddddddddddd")[1] > boxes.get("3ccccccccccc")[1]);
        assertTrue(boxes.get("2bbbbbbbbbbb")[0] < boxes.get("3ccccccccccc")[0], "the older branch on the left");
        assertEquals(RevisionDiagram.MARGIN + RevisionDiagram.LAYER_STEP, boxes.get("1aaaaaaaaaaa")[1]);
        assertTrue(svg.contains("<g class=\"revision current\" id=\"revision-2bbbbbbbbbbb\">"), svg);
        assertTrue(svg.contains("class=\"env\">at: local</text>"), svg);
        assertTrue(svg.contains("class=\"message\">Create &quot;stock_prices&quot; &lt;table&gt;</text>"), svg);
        assertTrue(svg.contains("<path class=\"edge depends\""), svg);
        assertEquals(6, count(svg, "<path class=\"edge\""), "one line per parent, and base to each first revision");
        assertEquals(svg, diagram().svg("Revisions of database equities"), "deterministic");
    }

    @Test
    void aLongMessageIsShortenedInTheBoxAndWholeInItsTooltip() {
        String message = "Add the column that holds the exchange's own symbol for each company, and fills it";
        RevisionGraph graph = new RevisionGraph(List.of(revision("1aaaaaaaaaaa", List.of(), message, List.of(), List.of())));
        String svg = new RevisionDiagram(graph, EnvironmentStates.NONE, RevisionInfo::id).svg("t");
        // Boxes grow with the longest line up to 60 characters; a longer one is shortened.
        assertTrue(svg.contains(">" + message.substring(0, 59) + "…</text>"), svg);
        assertTrue(svg.contains("width=\"454\" height=\"58\""), svg);
        assertTrue(svg.contains("<title>1aaaaaaaaaaa\n" + message + "</title>"), svg);
    }

    private static Map<String, double[]> boxes(String svg) {
        Map<String, double[]> out = new java.util.TreeMap<>();
        Matcher m = Pattern.compile("id=\"revision-(\\w+)\">.*?<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\"", Pattern.DOTALL)
                .matcher(svg);
        while (m.find()) {
            out.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
        }
        return out;
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
