package dev.optionsdeep.migrate.plugin.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphPageTest {

    @Test
    void thePageHoldsEachDiagramAndItsMermaidTextAndFetchesNothing() {
        String html = new GraphPage("Database <equities>", List.of("Environment local is at 1aaaaaaaaaaa."), List.of(
                new GraphPage.Section("Revisions", "<svg class=\"revisions\"></svg>\n", "flowchart TB\n    a --> b\n",
                        "equities-revisions.mmd"))).html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n"), html);
        assertTrue(html.contains("<title>Database &lt;equities&gt;</title>"), html);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), html);
        assertTrue(html.contains("<li>Environment local is at 1aaaaaaaaaaa.</li>"), html);
        assertTrue(html.contains("<div class=\"diagram\">\n<svg class=\"revisions\"></svg>\n</div>"), html);
        assertTrue(html.contains("<pre class=\"mermaid-text\">flowchart TB\n    a --&gt; b\n</pre>"), html);
        assertTrue(html.contains("Mermaid text (also in equities-revisions.mmd)"), html);
        for (String fetch : List.of("<script", "<link", "src=", "href=", "url(http", "@import")) {
            assertFalse(html.contains(fetch), fetch);
        }
    }
}
