package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;

import java.util.Objects;

/**
 * A hand-written SQL statement. The model does not know what it does, so it leaves the schema as
 * it is and has no inverse: the revision's {@code downgrade} says how to undo it.
 */
public record ExecuteSql(String sql) implements Change {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("execute needs a SQL statement, got a blank string");
        }
    }

    @Override
    public Change inverse() {
        throw new UnsupportedOperationException("a hand-written statement has no automatic inverse: " + sql);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    /**
     * Whether the statement may lose data. The text is not parsed, so any statement that can remove or
     * overwrite rows or objects counts; protected environments then ask for confirmation.
     */
    boolean destructive() {
        return DESTRUCTIVE.matcher(sql).find();
    }

    private static final java.util.regex.Pattern DESTRUCTIVE = java.util.regex.Pattern.compile(
            "\\b(drop|delete|truncate|update|alter|merge)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public String describe() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return "execute " + (oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine);
    }
}
