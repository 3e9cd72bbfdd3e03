package dev.optionsdeep.migrate.postgres;

/** String literals as PostgreSQL reads them with {@code standard_conforming_strings} on (its default since 9.1). */
public final class Literals {

    private Literals() {
    }

    /** {@code O'Brien} becomes {@code 'O''Brien'}; backslashes stay as they are. */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
