package dev.optionsdeep.migrate.schema;

import java.util.Objects;

/**
 * A column definition Migrate keeps as written: the SQL Hibernate writes after the column name for an
 * {@code @Column(columnDefinition = …)} it cannot model (a collation, a generated column, {@code serial},
 * a type it does not know), which PostgreSQL alone can judge. The column's own type, nullability and
 * default are then what this text makes; the {@link Column}'s fields keep what Migrate could read of it.
 *
 * @param sql       the definition as Hibernate writes it: {@code text collate "C" not null}
 * @param attribute the attribute it comes from, for messages: {@code com.acme.Order#total}; not part of
 *                  the schema, so two definitions of the same text are equal whatever attribute wrote them
 */
public record Verbatim(String sql, String attribute) {

    public Verbatim {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(attribute, "attribute");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a verbatim column definition cannot be blank");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verbatim v && v.sql.equals(sql);
    }

    @Override
    public int hashCode() {
        return sql.hashCode();
    }

    /**
     * The message when PostgreSQL refuses the definition: {@code com.acme.Order#total: columnDefinition "…" failed
     * on PostgreSQL: …}, the text quoted as in Java source, where the user will look for it.
     */
    public String failure(String serverMessage) {
        return attribute + ": columnDefinition \"" + sql.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\" failed on PostgreSQL: " + serverMessage;
    }
}
