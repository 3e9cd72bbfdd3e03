package dev.optionsdeep.migrate.plugin.graph;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The revision graph of one database as a picture: base at the top, each revision below the ones it
 * follows, merges joining lines, dependencies dashed, and the environments written on the revision
 * they are at.
 */
public final class RevisionDiagram {

    static final String BASE = "<base>";
    static final double NODE_HEIGHT = 58;
    static final double LAYER_STEP = NODE_HEIGHT + 42;
    static final double MARGIN = 16;
    private static final double GAP = 30;
    private static final int MIN_CHARS = 35;
    private static final int MAX_CHARS = 60;

    private final RevisionGraph graph;
    private final EnvironmentStates environments;
    private final Function<RevisionInfo, String> marked;
    /** Every box is as wide as the longest line needs (between 35 and 60 characters), so that the columns line up. */
    private final int lineChars;
    private final double nodeWidth;

    /**
     * @param marked a revision with its marks as the other goals print it: {@code ae1027a6acf3 (symbols) (head)}
     */
    public RevisionDiagram(RevisionGraph graph, EnvironmentStates environments, Function<RevisionInfo, String> marked) {
        this.graph = graph;
        this.environments = environments;
        this.marked = marked;
        this.lineChars = Math.min(MAX_CHARS, Math.max(MIN_CHARS, graph.revisions().stream()
                .flatMap(r -> lines(r).stream()).mapToInt(String::length).max().orElse(0)));
        this.nodeWidth = Svg.width(lineChars) + 16;
    }

    /** A Mermaid flowchart of the revisions. */
    public String mermaid() {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        out.append("    base((\"").append(Mermaid.label("base" + atLine(environments.atBase(), "\n"))).append("\"))\n");
        for (RevisionInfo r : graph.revisions()) {
            out.append("    ").append(node(r.id())).append("[\"").append(Mermaid.label(String.join("\n", lines(r))))
                    .append("\"]\n");
        }
        for (RevisionInfo r : graph.revisions()) {
            for (String p : r.parents()) {
                out.append("    ").append(node(p)).append(" --> ").append(node(r.id())).append('\n');
            }
            if (r.isBase()) {
                out.append("    base --> ").append(node(r.id())).append('\n');
            }
            for (String d : r.dependsOn()) {
                out.append("    ").append(node(d)).append(" -. depends on .-> ").append(node(r.id())).append('\n');
            }
        }
        out.append("    classDef current stroke:#1a7f37,stroke-width:3px\n");
        graph.revisions().stream().filter(r -> !environments.at(r.id()).isEmpty())
                .forEach(r -> out.append("    class ").append(node(r.id())).append(" current\n"));
        environments.unreachableLines().forEach(line -> out.append("    %% not reachable: ").append(line).append('\n'));
        return out.toString();
    }

    /** The revisions as inline SVG, laid out in layers. */
    public String svg(String title) {
        Map<String, LayeredLayout.Place> places = LayeredLayout.of(parents());
        int across = LayeredLayout.width(places);
        double columnStep = nodeWidth + GAP;
        double width = 2 * MARGIN + across * columnStep - GAP;
        double height = 2 * MARGIN + LayeredLayout.depth(places) * LAYER_STEP - 42;
        Map<Integer, Integer> perLayer = new LinkedHashMap<>();
        places.values().forEach(p -> perLayer.merge(p.layer(), 1, Integer::sum));
        Function<String, double[]> at = id -> {
            LayeredLayout.Place p = places.get(id);
            double indent = (across - perLayer.get(p.layer())) * columnStep / 2;
            return new double[] {MARGIN + indent + p.slot() * columnStep, MARGIN + p.layer() * LAYER_STEP};
        };
        StringBuilder out = new StringBuilder(SvgFrame.open("revisions", width, height, title));
        for (RevisionInfo r : graph.revisions()) {
            for (String p : r.isBase() ? List.of(BASE) : r.parents()) {
                out.append(edge(at.apply(p), at.apply(r.id()), false));
            }
            r.dependsOn().forEach(d -> out.append(edge(at.apply(d), at.apply(r.id()), true)));
        }
        out.append(baseNode(at.apply(BASE)));
        graph.revisions().forEach(r -> out.append(revisionNode(r, at.apply(r.id()))));
        return out.append("</svg>\n").toString();
    }

    /** Every revision with its parents, base first and parents before children, as the layout wants them. */
    private Map<String, List<String>> parents() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        parents.put(BASE, List.of());
        graph.revisions().forEach(r -> parents.put(r.id(), r.isBase() ? List.of(BASE) : r.parents()));
        return parents;
    }

    private List<String> lines(RevisionInfo r) {
        List<String> lines = new ArrayList<>();
        lines.add(marked.apply(r));
        String message = r.message().lines().findFirst().orElse("");
        lines.add(message);
        List<String> envs = environments.at(r.id());
        if (!envs.isEmpty()) {
            lines.add("at: " + String.join(", ", envs));
        }
        return lines;
    }

    private static String atLine(List<String> envs, String separator) {
        return envs.isEmpty() ? "" : separator + "at: " + String.join(", ", envs);
    }

    private static String node(String id) {
        return "r_" + id;
    }

    private String edge(double[] from, double[] to, boolean dashed) {
        double x1 = from[0] + nodeWidth / 2;
        double y1 = from[1] + NODE_HEIGHT;
        double x2 = to[0] + nodeWidth / 2;
        double y2 = to[1] - 4;
        double mid = (y1 + y2) / 2;
        return "<path class=\"" + (dashed ? "edge depends" : "edge") + "\" d=\"M" + Svg.num(x1) + "," + Svg.num(y1)
                + " C" + Svg.num(x1) + "," + Svg.num(mid) + " " + Svg.num(x2) + "," + Svg.num(mid) + " " + Svg.num(x2)
                + "," + Svg.num(y2) + "\" marker-end=\"url(#arrow-revisions)\"/>\n";
    }

    private String baseNode(double[] at) {
        double cx = at[0] + nodeWidth / 2;
        double cy = at[1] + NODE_HEIGHT / 2;
        List<String> envs = environments.atBase();
        String cls = envs.isEmpty() ? "base" : "base current";
        return "<g class=\"" + cls + "\"><circle cx=\"" + Svg.num(cx) + "\" cy=\"" + Svg.num(cy) + "\" r=\"24\"/>\n"
                + Svg.text(cx - Svg.width(4) / 2, cy + 4, "id", "base")
                + (envs.isEmpty() ? "" : Svg.text(cx + 30, cy + 4, "env", atLine(envs, "")))
                + "</g>\n";
    }

    private String revisionNode(RevisionInfo r, double[] at) {
        List<String> lines = lines(r);
        boolean current = lines.size() > 2;
        StringBuilder out = new StringBuilder("<g class=\"revision" + (current ? " current" : "") + "\" id=\"revision-"
                + Svg.escape(r.id()) + "\">");
        out.append("<title>").append(Svg.escape(marked.apply(r) + "\n" + r.message())).append("</title>\n");
        out.append("<rect x=\"").append(Svg.num(at[0])).append("\" y=\"").append(Svg.num(at[1])).append("\" width=\"")
                .append(Svg.num(nodeWidth)).append("\" height=\"").append(Svg.num(NODE_HEIGHT)).append("\" rx=\"6\"/>\n");
        String[] classes = {"id", "message", "env"};
        for (int i = 0; i < lines.size(); i++) {
            out.append(Svg.text(at[0] + 8, at[1] + 16 + i * 16, classes[i], Svg.fit(lines.get(i), lineChars)));
        }
        return out.append("</g>\n").toString();
    }
}
