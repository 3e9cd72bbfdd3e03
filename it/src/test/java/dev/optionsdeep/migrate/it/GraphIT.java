package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.Chromium;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn migrate:graph} on the example with two databases: equities branches into a labelled symbols
 * branch and a prices branch, which a merge joins, and environment local is at the symbols revision;
 * algorithms has one revision and local is at base; dev and prod do not answer. Each page is loaded in
 * headless Chromium, and every revision and every table must be in what it rendered; a screenshot of
 * the equities page is kept in target/graph-screenshots, to look at.
 */
class GraphIT {

    private static final String WRITTEN = "equities: revision ([0-9a-f]{12}) written to ";
    private static final Path SCREENSHOTS = Path.of("target", "graph-screenshots");

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void theGraphShowsBranchesTheMergeTheLabelWhereEachEnvironmentIsAndEveryTable() throws Exception {
        Build first = mvn.run("migrate:revision", "-Dmessage=Create tables").assertSuccess();
        String r1 = first.find(WRITTEN);
        String a1 = first.find("algorithms: revision ([0-9a-f]{12}) written to ");
        String companyBefore = project.read(Entities.COMPANY);
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(20));
        String companyAfter = project.read(Entities.COMPANY);
        String r2 = mvn.run("migrate:revision", "-Dmessage=Add stock_symbol_type", "-DbranchLabel=symbols",
                "-Ddatabase=equities").assertSuccess().find(WRITTEN);
        project.write(Entities.COMPANY, companyBefore);
        project.write(Entities.STOCK_PRICE, Entities.STOCK_PRICE_SOURCE);
        // Local upgraded to the symbols revision; the tables of the first revision drawn (-Drev); the prices
        // branch started from the first revision.
        Build third = mvn.run("migrate:upgrade", "-Dtarget=symbols@head", "migrate:graph", "-Drev=" + r1.substring(0, 7),
                "migrate:revision", "-Dmessage=Create stock_prices table", "-Dhead=" + r1, "-Ddatabase=equities")
                .assertSuccess()
                .assertPrinted("equities: revision graph and tables at revision " + r1 + " drawn in"
                        + " target/migrate/equities-graph.html (Mermaid text: target/migrate/equities-revisions.mmd,"
                        + " target/migrate/equities-tables.mmd)");
        String r3 = third.find(WRITTEN);
        String tablesAtR1 = project.read("target/migrate/equities-tables.mmd");
        assertTrue(tablesAtR1.contains("    companies {") && !tablesAtR1.contains("stock_symbol_type"), tablesAtR1);
        project.write(Entities.COMPANY, companyAfter);

        Build graph = mvn.run("migrate:merge", "-Dmessage=Merge symbols and prices", "migrate:graph").assertSuccess()
                .assertPrinted("algorithms: one head, " + a1 + "; nothing to merge")
                .assertPrinted("algorithms: revision graph and tables at head revision " + a1 + " drawn in"
                        + " target/migrate/algorithms-graph.html")
                .assertPrinted("equities: environment local is at " + r2)
                .assertPrinted("algorithms: environment local is at base")
                .assertPrinted("equities: not reachable, so not shown: dev (")
                .assertPrinted("), prod (");
        String m = graph.find("equities: merge revision ([0-9a-f]{12}) of ");
        graph.assertPrinted("equities: revision graph and tables at head revision " + m + " drawn in"
                + " target/migrate/equities-graph.html");
        assertEquals("", graph.lines().stream().filter(l -> l.startsWith("[ERROR]")).findFirst().orElse(""));

        String revisions = project.read("target/migrate/equities-revisions.mmd");
        assertTrue(revisions.contains("    r_" + r1 + " --> r_" + r2 + "\n    r_" + r1 + " --> r_" + r3 + "\n"), revisions);
        assertTrue(revisions.contains("    r_" + r2 + " --> r_" + m + "\n    r_" + r3 + " --> r_" + m + "\n"), revisions);
        assertTrue(revisions.contains("    r_" + r2 + "[\"" + r2 + " (symbols)<br/>Add stock_symbol_type<br/>at: local\"]"),
                revisions);
        assertTrue(revisions.contains("    class r_" + r2 + " current\n"), revisions);

        Path png = SCREENSHOTS.resolve("equities-graph.png");
        Chromium.screenshot(project.file("target/migrate/equities-graph.html"), png, 1200, 1100);
        assertTrue(Files.size(png) > 10_000, "screenshot " + png + " is " + Files.size(png) + " bytes");
        Page equities = render("equities");
        equities.assertRevisions(List.of(r1, r2, r3, m));
        equities.assertTables(List.of("companies", "stock_prices"));
        assertTrue(equities.dom.contains("<g class=\"revision current\" id=\"revision-" + r2 + "\">"), equities.dom);
        assertTrue(equities.dom.contains("class=\"env\">at: local</text>"), equities.dom);
        assertTrue(equities.dom.contains(">stock_symbol_type</text>"), equities.dom);
        assertTrue(equities.dom.contains("<li>Environment local is at " + r2 + ".</li>"), equities.dom);
        assertTrue(equities.dom.contains("<li>Not reachable, so not shown: environment dev ("), equities.dom);
        assertTrue(equities.dom.contains("    stock_prices {\n        bigint id PK\n"), equities.dom);

        Page algorithms = render("algorithms");
        algorithms.assertRevisions(List.of(a1));
        algorithms.assertTables(List.of("strategies"));
        assertTrue(algorithms.dom.contains("<g class=\"base current\">"), algorithms.dom);
    }

    /** A page as Chromium rendered it. */
    private record Page(String dom) {

        /** Each revision in a box of the revisions picture, and no other. */
        void assertRevisions(List<String> ids) {
            assertEquals(ids.stream().sorted().toList(), found("<g class=\"revision[^\"]*\" id=\"revision-([0-9a-f]{12})\">"
                    + "<title>[^<]*</title>\\s*<rect[^>]*>(</rect>)?\\s*<text[^>]*class=\"id\">\\1"), dom);
        }

        /** Each table in a box of the tables picture, its name written in it, and no other. */
        void assertTables(List<String> names) {
            assertEquals(names, found("<g class=\"table\" id=\"table-([\\w.]+)\">\\s*<rect[^>]*>(</rect>)?\\s*<rect[^>]*>(</rect>)?\\s*"
                    + "<text[^>]*class=\"table-name\">\\1</text>"), dom);
        }

        private List<String> found(String regex) {
            List<String> out = new ArrayList<>();
            Matcher matcher = Pattern.compile(regex).matcher(dom);
            while (matcher.find()) {
                out.add(matcher.group(1));
            }
            return out.stream().sorted().toList();
        }
    }

    private Page render(String db) throws Exception {
        String dom = Chromium.dumpDom(project.file("target/migrate/" + db + "-graph.html"));
        assertTrue(dom.contains("<svg") && dom.contains("</html>"), dom);
        return new Page(dom);
    }
}
