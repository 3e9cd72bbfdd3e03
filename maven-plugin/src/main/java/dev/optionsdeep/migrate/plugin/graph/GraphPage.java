package dev.optionsdeep.migrate.plugin.graph;

import java.util.List;

/**
 * The HTML page of one database: each diagram as inline SVG with its Mermaid text beneath it to copy.
 * Self-contained: no script, no font, no image, nothing fetched; its Content-Security-Policy forbids
 * any request, so a browser shows it the same offline.
 *
 * @param title    the page's title and heading
 * @param notes    lines shown under the heading (the environments, and those that could not be read)
 * @param sections the diagrams, in order
 */
public record GraphPage(String title, List<String> notes, List<Section> sections) {

    /**
     * One diagram.
     *
     * @param mermaidFile the name of the {@code .mmd} file written beside the page with the same text
     */
    public record Section(String heading, String svg, String mermaid, String mermaidFile) {
    }

    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2328; }
            h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 28px; }
            .notes li { margin: 2px 0; }
            .diagram { overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px; }
            svg text { font: 12px monospace; fill: #1f2328; }
            svg .revision rect { fill: #f6f8fa; stroke: #57606a; }
            svg .revision.current rect { fill: #dafbe1; stroke: #1a7f37; stroke-width: 3; }
            svg .revision .id, svg .table-name { font-weight: bold; }
            svg .env { fill: #1a7f37; font-weight: bold; }
            svg .base circle { fill: #ffffff; stroke: #57606a; }
            svg .base.current circle { fill: #dafbe1; stroke: #1a7f37; stroke-width: 3; }
            svg .edge { fill: none; stroke: #57606a; stroke-width: 1.5; }
            svg .edge.depends { stroke-dasharray: 5 4; }
            svg marker path { fill: #57606a; }
            svg .table .box { fill: #ffffff; stroke: #57606a; }
            svg .table .header { fill: #ddf4ff; stroke: #57606a; }
            svg .keys { fill: #9a6700; font-weight: bold; }
            svg .type { fill: #57606a; }
            svg .relationship { fill: none; stroke: #0969da; stroke-width: 1.5; opacity: 0.8; }
            pre { background: #f6f8fa; padding: 8px; overflow: auto; user-select: all; }
            """;

    public String html() {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
                """);
        out.append("<title>").append(Svg.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n");
        out.append("</head>\n<body>\n<h1>").append(Svg.escape(title)).append("</h1>\n");
        if (!notes.isEmpty()) {
            out.append("<ul class=\"notes\">\n");
            notes.forEach(n -> out.append("<li>").append(Svg.escape(n)).append("</li>\n"));
            out.append("</ul>\n");
        }
        for (Section s : sections) {
            out.append("<h2>").append(Svg.escape(s.heading())).append("</h2>\n<div class=\"diagram\">\n").append(s.svg())
                    .append("</div>\n<details><summary>Mermaid text (also in ").append(Svg.escape(s.mermaidFile()))
                    .append(")</summary>\n<pre class=\"mermaid-text\">").append(Svg.escape(s.mermaid()))
                    .append("</pre>\n</details>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }
}
