package dev.optionsdeep.migrate.introspect;

import java.util.Objects;

/**
 * An object of a live schema that the model has no place for (a view, a function, a trigger, an
 * extension, an identity column's settings), with the SQL that creates it again and the SQL that drops it, as PostgreSQL itself
 * prints them ({@code pg_get_viewdef}, {@code pg_get_functiondef}, {@code pg_get_triggerdef}).
 *
 * @param what   the kind, in the user's words: {@code view}, {@code function}, {@code trigger}, …
 * @param name   its name as the listing of {@link Introspection#unsupported()} gives it
 * @param create one statement that creates it
 * @param drop   one statement that drops it
 */
public record ObjectDefinition(String what, String name, String create, String drop) {

    public ObjectDefinition {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(drop, "drop");
    }

    /**
     * Whether it completes a table's column rather than standing beside the tables (an identity column's
     * GENERATED ALWAYS or sequence options): a baseline carries it always, since without it the column
     * would not be the same.
     */
    public boolean completesColumn() {
        return what.equals("identity column");
    }

    /** Whether it must exist before the tables (an extension's types and functions may be used by columns). */
    public boolean beforeTables() {
        return what.equals("extension");
    }
}
