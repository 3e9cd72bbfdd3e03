package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Changes a column's type, nullability, identity, default or comment in place, keeping its data:
 * never a drop and an add. Carries the column before and after, so the inverse is exact.
 */
public record AlterColumn(String table, Column from, Column to) implements Change {

    /** Type changes that keep every value: a wider string, a wider integer. */
    private static final Set<String> INTEGER_WIDENING = Set.of("smallint>integer", "smallint>bigint", "integer>bigint");

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alter column cannot rename " + from.name() + " to " + to.name());
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("alter column " + table + "." + from.name() + " changes nothing");
        }
    }

    @Override
    public Change inverse() {
        return new AlterColumn(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (!t.column(from.name()).map(from::equals).orElse(false)) {
            throw new IllegalStateException("cannot " + describe() + ": the column is not " + from.describe());
        }
        List<Column> columns = new ArrayList<>(t.columns());
        columns.replaceAll(c -> c.name().equals(from.name()) ? to : c);
        return schema.with(t.withColumns(columns));
    }

    @Override
    public String describe() {
        String what = "alter column " + table + "." + from.name();
        if (!from.describe().equals(to.describe())) {
            what += " from " + from.describe().substring(from.name().length() + 1)
                    + " to " + to.describe().substring(to.name().length() + 1);
        }
        if (commentChanged()) {
            what += to.comment() == null ? ", removing its comment" : ", commenting " + quoted(to.comment());
        }
        return what;
    }

    public boolean defaultChanged() {
        return !Objects.equals(from.defaultValue(), to.defaultValue());
    }

    public boolean commentChanged() {
        return !Objects.equals(from.comment(), to.comment());
    }

    static String quoted(String comment) {
        String oneLine = comment.strip().replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "\"";
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    static boolean widens(String before, String after) {
        if (INTEGER_WIDENING.contains(before + ">" + after)) {
            return true;
        }
        Integer a = length(before, "character varying(");
        Integer b = length(after, "character varying(");
        if (a != null && (b != null && b >= a || after.equals("text"))) {
            return true;
        }
        int[] p = numeric(before);
        int[] q = numeric(after);
        return p != null && q != null && q[1] >= p[1] && q[0] - q[1] >= p[0] - p[1];
    }

    static Integer length(String type, String prefix) {
        return type.startsWith(prefix) && type.endsWith(")")
                ? Integer.valueOf(type.substring(prefix.length(), type.length() - 1)) : null;
    }

    static int[] numeric(String type) {
        if (!type.startsWith("numeric(") || !type.endsWith(")")) {
            return null;
        }
        String[] parts = type.substring("numeric(".length(), type.length() - 1).split(",");
        return parts.length == 2 ? new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())} : null;
    }
}
