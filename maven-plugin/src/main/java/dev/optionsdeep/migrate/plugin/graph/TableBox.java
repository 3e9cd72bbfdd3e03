package dev.optionsdeep.migrate.plugin.graph;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Table;

import java.util.List;

/**
 * One table drawn as a box: its name in a header, then a row per column with its key marks, name and
 * type. Sized from the longest texts, in characters of the monospace font.
 */
record TableBox(String name, List<Row> rows, int nameChars, int typeChars) {

    static final double HEADER = 24;
    static final double ROW = 18;
    static final double PADDING = 8;
    private static final int MARK_CHARS = 9;
    private static final int MAX_NAME = 30;
    private static final int MAX_TYPE = 44;

    record Row(String marks, String column, String type) {
    }

    /** A box at its place on the page. */
    record Placed(TableBox box, double x, double y) {
    }

    static TableBox of(Table t) {
        List<Row> rows = t.columns().stream()
                .map(c -> new Row(String.join(",", SchemaDiagram.keys(t, c.name())), c.name(), type(c))).toList();
        int nameChars = Math.min(MAX_NAME, rows.stream().mapToInt(r -> r.column().length()).max().orElse(0));
        int typeChars = Math.min(MAX_TYPE, rows.stream().mapToInt(r -> r.type().length()).max().orElse(0));
        return new TableBox(t.name(), rows, nameChars, typeChars);
    }

    private static String type(Column c) {
        return c.type() + (c.identity() ? " identity" : "") + (c.nullable() ? "" : " not null");
    }

    double width() {
        int rowChars = MARK_CHARS + nameChars + 2 + typeChars;
        return Svg.width(Math.max(name.length() + 2, rowChars)) + 2 * PADDING;
    }

    double height() {
        return HEADER + rows.size() * ROW + PADDING / 2;
    }

    /** The vertical centre of a column's row, from the box's top; the header's for a column it does not have. */
    double rowCentre(String column) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).column().equals(column)) {
                return HEADER + i * ROW + ROW / 2;
            }
        }
        return HEADER / 2;
    }

    String svg(double x, double y) {
        StringBuilder out = new StringBuilder("<g class=\"table\" id=\"table-" + Svg.escape(name) + "\">\n");
        out.append("<rect class=\"box\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
                .append("\" width=\"").append(Svg.num(width())).append("\" height=\"").append(Svg.num(height()))
                .append("\" rx=\"4\"/>\n");
        out.append("<rect class=\"header\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
                .append("\" width=\"").append(Svg.num(width())).append("\" height=\"").append(Svg.num(HEADER))
                .append("\" rx=\"4\"/>\n");
        out.append(Svg.text(x + PADDING, y + 16, "table-name", name));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double baseline = y + HEADER + i * ROW + 13;
            if (!r.marks().isEmpty()) {
                out.append(Svg.text(x + PADDING, baseline, "keys", r.marks()));
            }
            out.append(Svg.text(x + PADDING + Svg.width(MARK_CHARS), baseline, "column", Svg.fit(r.column(), nameChars)));
            out.append(Svg.text(x + PADDING + Svg.width(MARK_CHARS + nameChars + 2), baseline, "type",
                    Svg.fit(r.type(), typeChars)));
        }
        return out.append("</g>\n").toString();
    }
}
