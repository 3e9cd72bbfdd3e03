package dev.optionsdeep.migrate.plugin.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table boxes on a grid about as wide as it is tall, in the order given, row by row: each grid column
 * as wide as its widest box, each grid row as tall as its tallest, with room between them for the lines.
 */
record TableGrid(Map<String, TableBox.Placed> placed, double width, double height) {

    static final double MARGIN = 16;
    static final double COLUMN_GAP = 80;
    static final double ROW_GAP = 40;

    static TableGrid of(List<TableBox> boxes) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(boxes.size())));
        int rows = (boxes.size() + columns - 1) / columns;
        double[] columnWidth = new double[columns];
        double[] rowHeight = new double[Math.max(1, rows)];
        for (int i = 0; i < boxes.size(); i++) {
            columnWidth[i % columns] = Math.max(columnWidth[i % columns], boxes.get(i).width());
            rowHeight[i / columns] = Math.max(rowHeight[i / columns], boxes.get(i).height());
        }
        Map<String, TableBox.Placed> placed = new LinkedHashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            placed.put(boxes.get(i).name(), new TableBox.Placed(boxes.get(i),
                    offset(columnWidth, i % columns, COLUMN_GAP), offset(rowHeight, i / columns, ROW_GAP)));
        }
        // The last column's lines may bend out to its right: leave room for them.
        return new TableGrid(placed, offset(columnWidth, columns, COLUMN_GAP) - COLUMN_GAP + MARGIN + 48,
                Math.max(2 * MARGIN, offset(rowHeight, rows, ROW_GAP) - ROW_GAP + MARGIN));
    }

    /** Where the {@code index}th column (or row) starts: the margin, then the sizes and gaps before it. */
    private static double offset(double[] sizes, int index, double gap) {
        double at = MARGIN;
        for (int i = 0; i < index; i++) {
            at += sizes[i] + gap;
        }
        return at;
    }
}
