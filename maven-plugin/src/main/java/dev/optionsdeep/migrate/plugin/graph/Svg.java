package dev.optionsdeep.migrate.plugin.graph;

import java.util.Locale;

/** Small pieces of SVG and HTML text: escaping, numbers, and text that must fit a width. */
final class Svg {

    /** The width of one character of the diagrams' 12 px monospace font, to size boxes without measuring text. */
    static final double CHAR_WIDTH = 7.3;

    private Svg() {
    }

    /** Text for an XML element's content or attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number as SVG wants it: no more than one decimal, never a locale's comma. */
    static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code text} shortened with an ellipsis to at most {@code chars} characters. */
    static String fit(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, Math.max(0, chars - 1)) + "…";
    }

    /** A {@code <text>} element at (x, y). */
    static String text(double x, double y, String cssClass, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" class=\"" + cssClass + "\">" + escape(content) + "</text>\n";
    }

    /** The width in pixels of {@code chars} characters of the diagrams' font. */
    static double width(int chars) {
        return chars * CHAR_WIDTH;
    }
}
