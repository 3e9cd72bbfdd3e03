package dev.optionsdeep.migrate.plugin.graph;

/** The opening of each diagram's {@code <svg>}: size, a title for screen readers, and an arrowhead. */
final class SvgFrame {

    private SvgFrame() {
    }

    /** @param kind {@code revisions} or {@code tables}: the element's class and its arrowhead's id */
    static String open(String kind, double width, double height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + kind + "\" width=\"" + Svg.num(width)
                + "\" height=\"" + Svg.num(height) + "\" viewBox=\"0 0 " + Svg.num(width) + " " + Svg.num(height)
                + "\" role=\"img\" aria-label=\"" + Svg.escape(title) + "\">\n<title>" + Svg.escape(title) + "</title>\n"
                + "<defs><marker id=\"arrow-" + kind + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n";
    }
}
