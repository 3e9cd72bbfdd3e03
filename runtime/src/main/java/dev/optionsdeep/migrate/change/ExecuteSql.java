package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;

import java.util.Objects;

/**
 * A hand-written SQL statement. The model does not know what it does, so it leaves the schema as
 * it is and has no inverse: the revision's {@code downgrade} says how to undo it.
 *
 * @param transactional false for a statement that PostgreSQL refuses inside a transaction
 *                      ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}): it runs on its own,
 *                      between the revision's transactions
 */
public record ExecuteSql(String sql, boolean transactional) implements Change {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("execute needs a SQL statement, got a blank string");
        }
    }

    public ExecuteSql(String sql) {
        this(sql, true);
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

    /**
     * Whether the statement is one whose effect is known to add, never remove or overwrite: a
     * single plain {@code CREATE TABLE / INDEX / SEQUENCE / SCHEMA}, {@code COMMENT ON}, or an
     * {@code INSERT … VALUES} without {@code ON CONFLICT}. Anything else (a {@code DO} block, a
     * function call such as {@code setval}, dynamic SQL) cannot be classified from its text.
     */
    public boolean knownAdditive() {
        String text = sql.strip().replaceAll(";\\s*$", "");
        return !text.contains(";") && !text.contains("$") && ADDITIVE.matcher(text).lookingAt()
                && !FUNCTION_OR_CONFLICT.matcher(text).find();
    }

    /** Whether the statement ends or opens a transaction, which would split its revision in two. */
    public boolean controlsTransaction() {
        return TRANSACTION_CONTROL.matcher(sql).lookingAt();
    }

    private static final java.util.regex.Pattern ADDITIVE = java.util.regex.Pattern.compile(
            "\\s*(create\\s+(unique\\s+)?index|create\\s+table|create\\s+sequence|create\\s+schema|comment\\s+on"
                    + "|insert\\s+into\\s+[\\w.\"]+\\s*(\\([^()]*\\))?\\s*values)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern FUNCTION_OR_CONFLICT = java.util.regex.Pattern.compile(
            "\\b(on\\s+conflict|select|as)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Opens, ends or prepares a transaction; {@code ROLLBACK TO [SAVEPOINT]} stays inside one and is fine. */
    private static final java.util.regex.Pattern TRANSACTION_CONTROL = java.util.regex.Pattern.compile(
            "\\s*(commit|end|abort|begin|start\\s+transaction|prepare\\s+transaction|rollback(?!\\s+to\\b))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public String describe() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return (transactional ? "execute " : "execute outside the transaction ")
                + (oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine);
    }
}
