package dev.optionsdeep.migrate.snapshot;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Verbatim;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot file format: canonical JSON (fixed key order, two-space indent, one trailing
 * newline), so that the same schema always gives the same bytes. The {@code format} number lets a
 * newer Migrate read older files and lets an older one refuse newer files instead of misreading them.
 */
public final class SnapshotCodec {

    /** The newest format this version reads. */
    public static final int FORMAT = 5;

    /**
     * Format 1 has tables, columns, keys, unique constraints and indexes; format 2 adds foreign keys,
     * check constraints and sequences; format 3 adds column defaults, comments and tables in a named
     * schema; format 4 adds the problems that make a model incomplete; format 5 adds column definitions
     * kept verbatim. A snapshot is written in the
     * oldest format that holds it, so a Migrate that predates foreign keys refuses a file with them
     * instead of silently dropping them, and one that predates problems refuses an incomplete model
     * instead of taking it for complete.
     */
    static int formatOf(Snapshot snapshot) {
        if (snapshot.schema().tables().stream().anyMatch(t -> t.columns().stream().anyMatch(c -> c.verbatim() != null))) {
            return 5;
        }
        if (!snapshot.isComplete()) {
            return 4;
        }
        boolean third = snapshot.schema().tables().stream().anyMatch(t -> t.comment() != null
                || t.schemaName() != null
                || t.columns().stream().anyMatch(c -> c.defaultValue() != null || c.comment() != null))
                || snapshot.schema().sequences().stream().anyMatch(q -> q.schemaName() != null);
        if (third) {
            return 3;
        }
        boolean newer = !snapshot.schema().sequences().isEmpty() || snapshot.schema().tables().stream()
                .anyMatch(t -> !t.foreignKeys().isEmpty() || !t.checks().isEmpty());
        return newer ? 2 : 1;
    }

    /** File name ending of a snapshot, for example {@code equities.schema.json}. */
    public static final String FILE_SUFFIX = ".schema.json";

    private SnapshotCodec() {
    }

    public static String write(Snapshot snapshot) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", formatOf(snapshot));
        root.put("database", snapshot.database());
        if (snapshot.hibernate() != null) {
            root.put("hibernate", snapshot.hibernate());
        }
        root.put("tables", snapshot.schema().tables().stream().map(SnapshotCodec::table).toList());
        if (!snapshot.schema().sequences().isEmpty()) {
            root.put("sequences", snapshot.schema().sequences().stream().map(q -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", q.name());
                m.put("start", number(q.start()));
                m.put("increment", number(q.increment()));
                return m;
            }).toList());
        }
        if (!snapshot.isComplete()) {
            root.put("problems", snapshot.problems().stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", p.code());
                m.put("where", p.where());
                m.put("message", p.message());
                return m;
            }).toList());
        }
        return Json.write(root);
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        if (t.comment() != null) {
            m.put("comment", t.comment());
        }
        m.put("columns", t.columns().stream().map(SnapshotCodec::column).toList());
        if (t.primaryKey() != null) {
            Map<String, Object> pk = new LinkedHashMap<>();
            pk.put("name", t.primaryKey().name());
            pk.put("columns", t.primaryKey().columns());
            m.put("primaryKey", pk);
        }
        if (!t.uniqueConstraints().isEmpty()) {
            m.put("uniqueConstraints", t.uniqueConstraints().stream().map(u -> {
                Map<String, Object> um = new LinkedHashMap<>();
                um.put("name", u.name());
                um.put("columns", u.columns());
                return um;
            }).toList());
        }
        if (!t.indexes().isEmpty()) {
            m.put("indexes", t.indexes().stream().map(i -> {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("name", i.name());
                im.put("columns", i.columns());
                im.put("unique", i.unique());
                return im;
            }).toList());
        }
        if (!t.foreignKeys().isEmpty()) {
            m.put("foreignKeys", t.foreignKeys().stream().map(f -> {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("name", f.name());
                fm.put("columns", f.columns());
                fm.put("referencedTable", f.referencedTable());
                fm.put("referencedColumns", f.referencedColumns());
                fm.put("onDelete", f.onDelete());
                return fm;
            }).toList());
        }
        if (!t.checks().isEmpty()) {
            m.put("checks", t.checks().stream().map(c -> {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                cm.put("expression", c.expression());
                return cm;
            }).toList());
        }
        return m;
    }

    /** Sequence values fit an int in practice; the JSON reader keeps whole numbers as ints. */
    private static Integer number(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sequence value " + value + " is out of the snapshot's range");
        }
        return (int) value;
    }

    private static Map<String, Object> column(Column c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", c.type());
        m.put("nullable", c.nullable());
        if (c.identity()) {
            m.put("identity", true);
        }
        if (c.defaultValue() != null) {
            m.put("default", c.defaultValue());
        }
        if (c.comment() != null) {
            m.put("comment", c.comment());
        }
        if (c.verbatim() != null) {
            m.put("definition", c.verbatim().sql());
            m.put("attribute", c.verbatim().attribute());
        }
        return m;
    }

    /**
     * Reads a snapshot.
     *
     * @param source names the file in error messages
     * @throws SnapshotFormatException when the text is not a snapshot this version can read
     */
    public static Snapshot read(String text, String source) {
        try {
            Map<String, Object> root = object(Json.read(text), "the document");
            int format = integer(root, "format");
            if (format > FORMAT) {
                throw new SnapshotFormatException("written by a newer Migrate (snapshot format " + format
                        + "; this version reads up to " + FORMAT + "): upgrade the migrate plugin and processor");
            }
            if (format < 1) {
                throw new SnapshotFormatException("unknown snapshot format " + format);
            }
            String database = string(root, "database");
            List<Table> tables = new ArrayList<>();
            for (Object t : list(root, "tables")) {
                tables.add(table(object(t, "a table")));
            }
            List<Sequence> sequences = new ArrayList<>();
            for (Object q : optionalList(root, "sequences")) {
                Map<String, Object> qm = object(q, "a sequence");
                sequences.add(new Sequence(string(qm, "name"), integer(qm, "start"), integer(qm, "increment")));
            }
            // Absent in formats before 4: such a model was complete, since an error meant no snapshot at all.
            List<ModelProblem> problems = new ArrayList<>();
            for (Object p : optionalList(root, "problems")) {
                Map<String, Object> pm = object(p, "a problem");
                problems.add(new ModelProblem(string(pm, "code"), string(pm, "where"), string(pm, "message")));
            }
            // Absent: made for the default Hibernate line (or before the line was recorded).
            return new Snapshot(database, new Schema(tables, sequences), problems, optionalString(root, "hibernate"));
        } catch (SnapshotFormatException e) {
            throw new SnapshotFormatException(source + ": " + e.getMessage() + damaged(e));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new SnapshotFormatException(source + ": not a valid snapshot: " + e.getMessage() + damaged(e));
        }
    }

    /** What to do about a snapshot that was edited or cut off; nothing to add when a newer Migrate wrote it. */
    private static String damaged(RuntimeException e) {
        return String.valueOf(e.getMessage()).contains("upgrade the migrate plugin") ? ""
                : ". Migrate writes snapshots, nobody edits them: restore this file from version control"
                        + " (a revision's snapshot), or rebuild (the compiled model's)";
    }

    private static Table table(Map<String, Object> m) {
        String name = string(m, "name");
        List<Column> columns = new ArrayList<>();
        for (Object c : list(m, "columns")) {
            Map<String, Object> cm = object(c, "a column of " + name);
            // Absent before format 5: every column was modelled.
            String definition = optionalString(cm, "definition");
            columns.add(new Column(string(cm, "name"), string(cm, "type"), bool(cm, "nullable", null),
                    bool(cm, "identity", false), optionalString(cm, "default"), optionalString(cm, "comment"),
                    definition == null ? null : new Verbatim(definition, string(cm, "attribute"))));
        }
        PrimaryKey pk = null;
        if (m.get("primaryKey") != null) {
            Map<String, Object> pm = object(m.get("primaryKey"), "the primary key of " + name);
            pk = new PrimaryKey(string(pm, "name"), strings(pm, "columns"));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Object u : optionalList(m, "uniqueConstraints")) {
            Map<String, Object> um = object(u, "a unique constraint of " + name);
            uniques.add(new UniqueConstraint(string(um, "name"), strings(um, "columns")));
        }
        List<Index> indexes = new ArrayList<>();
        for (Object i : optionalList(m, "indexes")) {
            Map<String, Object> im = object(i, "an index of " + name);
            indexes.add(new Index(string(im, "name"), strings(im, "columns"), bool(im, "unique", false)));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Object f : optionalList(m, "foreignKeys")) {
            Map<String, Object> fm = object(f, "a foreign key of " + name);
            foreignKeys.add(new ForeignKey(string(fm, "name"), strings(fm, "columns"), string(fm, "referencedTable"),
                    strings(fm, "referencedColumns"), string(fm, "onDelete")));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (Object c : optionalList(m, "checks")) {
            Map<String, Object> cm = object(c, "a check constraint of " + name);
            checks.add(new CheckConstraint(string(cm, "name"), string(cm, "expression")));
        }
        return new Table(name, columns, pk, uniques, indexes, foreignKeys, checks, optionalString(m, "comment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new SnapshotFormatException(what + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object value = m.get(key);
        if (!(value instanceof List<?> l)) {
            throw new SnapshotFormatException("\"" + key + "\" must be a JSON array");
        }
        return l;
    }

    private static List<?> optionalList(Map<String, Object> m, String key) {
        return m.containsKey(key) ? list(m, key) : List.of();
    }

    private static List<String> strings(Map<String, Object> m, String key) {
        List<String> out = new ArrayList<>();
        for (Object o : list(m, key)) {
            if (!(o instanceof String s)) {
                throw new SnapshotFormatException("\"" + key + "\" must hold strings only");
            }
            out.add(s);
        }
        return out;
    }

    private static String string(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof String s)) {
            throw new SnapshotFormatException("\"" + key + "\" must be a string");
        }
        return s;
    }

    private static String optionalString(Map<String, Object> m, String key) {
        return m.get(key) == null ? null : string(m, key);
    }

    private static int integer(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Integer i)) {
            throw new SnapshotFormatException("\"" + key + "\" must be a whole number");
        }
        return i;
    }

    private static boolean bool(Map<String, Object> m, String key, Boolean absent) {
        Object value = m.get(key);
        if (value == null && absent != null) {
            return absent;
        }
        if (!(value instanceof Boolean b)) {
            throw new SnapshotFormatException("\"" + key + "\" must be true or false");
        }
        return b;
    }
}
