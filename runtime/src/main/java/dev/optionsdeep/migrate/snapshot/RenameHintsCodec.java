package dev.optionsdeep.migrate.snapshot;

import dev.optionsdeep.migrate.diff.RenameHints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file of a model's rename hints, {@code META-INF/migrate/<database>.renames.json} beside its
 * snapshot: canonical JSON like the snapshot, kept apart from it so that a hint never changes the
 * snapshot or the revisions' snapshots.
 */
public final class RenameHintsCodec {

    public static final String FILE_SUFFIX = ".renames.json";
    static final int FORMAT = 1;

    private RenameHintsCodec() {
    }

    public static String write(String database, RenameHints hints) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("database", database);
        root.put("tables", hints.tables().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", t.table());
            m.put("renamedFrom", t.renamedFrom());
            return m;
        }).toList());
        root.put("columns", hints.columns().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", c.table());
            m.put("column", c.column());
            m.put("renamedFrom", c.renamedFrom());
            return m;
        }).toList());
        return Json.write(root);
    }

    /**
     * @param source names the file in error messages
     * @throws SnapshotFormatException when the text is not a hints file this version reads
     */
    public static RenameHints read(String text, String source) {
        try {
            Map<String, Object> root = object(Json.read(text));
            if (!(root.get("format") instanceof Integer format) || format > FORMAT) {
                throw new SnapshotFormatException("unknown format " + root.get("format") + "; this Migrate reads format " + FORMAT);
            }
            List<RenameHints.TableHint> tables = new ArrayList<>();
            for (Object o : list(root, "tables")) {
                Map<String, Object> m = object(o);
                tables.add(new RenameHints.TableHint(string(m, "table"), string(m, "renamedFrom")));
            }
            List<RenameHints.ColumnHint> columns = new ArrayList<>();
            for (Object o : list(root, "columns")) {
                Map<String, Object> m = object(o);
                columns.add(new RenameHints.ColumnHint(string(m, "table"), string(m, "column"), string(m, "renamedFrom")));
            }
            return new RenameHints(tables, columns);
        } catch (SnapshotFormatException | IllegalArgumentException e) {
            throw new SnapshotFormatException(source + " is not a rename hints file Migrate can read: " + e.getMessage()
                    + ". Compile the project again (mvn compile) to write it anew");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map)) {
            throw new SnapshotFormatException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value instanceof List<?> l ? l : List.of();
    }

    private static String string(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof String s)) {
            throw new SnapshotFormatException("\"" + key + "\" must be a string");
        }
        return s;
    }
}
