package dev.optionsdeep.migrate.postgres;

import java.util.Objects;

/**
 * One SQL statement and whether it may run inside a transaction ({@code CREATE INDEX CONCURRENTLY}
 * and a few others may not; the executor runs those on their own).
 */
public record Statement(String sql, boolean transactional) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
    }

    public static Statement transactional(String sql) {
        return new Statement(sql, true);
    }
}
