package dev.optionsdeep.migrate.plugin.graph;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of a revision's snapshot as an entity-relationship diagram: each table with its columns,
 * their types and key marks ({@code PK}, {@code FK}, {@code UK}), and each foreign key as a relationship
 * from the referencing table to the referenced one.
 */
public final class SchemaDiagram {

    private final Schema schema;

    public SchemaDiagram(Schema schema) {
        this.schema = schema;
    }

    /** A Mermaid {@code erDiagram}; a type Mermaid cannot take as one word is also given exactly as the comment. */
    public String mermaid() {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : schema.tables()) {
            out.append("    ").append(Mermaid.word(t.name())).append(" {\n");
            for (Column c : t.columns()) {
                String type = Mermaid.word(c.type());
                String keys = String.join(", ", keys(t, c.name()));
                out.append("        ").append(type).append(' ').append(Mermaid.word(c.name()))
                        .append(keys.isEmpty() ? "" : " " + keys)
                        .append(type.equals(c.type()) ? "" : " \"" + Mermaid.label(c.type()) + "\"").append('\n');
            }
            out.append("    }\n");
        }
        for (Table t : schema.tables()) {
            for (ForeignKey f : t.foreignKeys()) {
                out.append("    ").append(Mermaid.word(t.name())).append(" }o--").append(required(t, f) ? "||" : "o|")
                        .append(' ').append(Mermaid.word(f.referencedTable())).append(" : \"").append(Mermaid.label(f.name()))
                        .append("\"\n");
            }
        }
        return out.toString();
    }

    /** The tables as inline SVG boxes on a grid, in name order, the foreign keys drawn between them. */
    public String svg(String title) {
        TableGrid grid = TableGrid.of(schema.tables().stream().map(TableBox::of).toList());
        StringBuilder out = new StringBuilder(SvgFrame.open("tables", grid.width(), grid.height(), title));
        Map<String, TableBox.Placed> placed = grid.placed();
        placed.values().forEach(p -> out.append(p.box().svg(p.x(), p.y())));
        for (Table t : schema.tables()) {
            for (ForeignKey f : t.foreignKeys()) {
                TableBox.Placed to = placed.get(f.referencedTable());
                if (to != null) {
                    out.append(relationship(placed.get(t.name()), to, f));
                }
            }
        }
        return out.append("</svg>\n").toString();
    }

    /** The key marks of a column: {@code PK}, {@code FK}, {@code UK}, in that order. */
    static List<String> keys(Table t, String column) {
        List<String> keys = new ArrayList<>();
        if (t.primaryKey() != null && t.primaryKey().columns().contains(column)) {
            keys.add("PK");
        }
        if (t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))) {
            keys.add("FK");
        }
        if (t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column))) {
            keys.add("UK");
        }
        return keys;
    }

    private static boolean required(Table t, ForeignKey f) {
        return f.columns().stream().allMatch(c -> t.column(c).map(col -> !col.nullable()).orElse(false));
    }

    /** A line from the foreign key's first column to the referenced table's name, leaving and entering at the sides. */
    private static String relationship(TableBox.Placed from, TableBox.Placed to, ForeignKey f) {
        double y1 = from.y() + from.box().rowCentre(f.columns().get(0));
        double y2 = to.y() + TableBox.HEADER / 2;
        double x1;
        double x2;
        double bend;
        if (to.x() > from.x() + from.box().width()) {
            x1 = from.x() + from.box().width();
            x2 = to.x();
            bend = (x2 - x1) / 2;
        } else if (to.x() + to.box().width() < from.x()) {
            x1 = from.x();
            x2 = to.x() + to.box().width();
            bend = (x2 - x1) / 2;
        } else {
            // Above, below or itself: out of the right side and back in, around the boxes' edge.
            x1 = from.x() + from.box().width();
            x2 = to.x() + to.box().width();
            bend = 0;
        }
        double c1 = bend == 0 ? Math.max(x1, x2) + 40 : x1 + bend;
        double c2 = bend == 0 ? Math.max(x1, x2) + 40 : x2 - bend;
        return "<path class=\"relationship\" d=\"M" + Svg.num(x1) + "," + Svg.num(y1) + " C" + Svg.num(c1) + ","
                + Svg.num(y1) + " " + Svg.num(c2) + "," + Svg.num(y2) + " " + Svg.num(x2) + "," + Svg.num(y2)
                + "\" marker-end=\"url(#arrow-tables)\"><title>" + Svg.escape(f.name() + ": " + from.box().name() + " "
                + f.describe()) + "</title></path>\n";
    }
}
