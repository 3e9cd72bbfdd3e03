package dev.optionsdeep.migrate.postgres;

import java.util.Set;

/**
 * Whether {@code ALTER COLUMN … TYPE} needs a {@code USING} cast: PostgreSQL converts on its own
 * where an implicit or assignment cast exists (between numbers, between strings, from anything to a
 * string, between dates and timestamps), and refuses otherwise. A needless {@code USING} would force a
 * table rewrite even where PostgreSQL could avoid one (a wider varchar), so it is added only when needed.
 */
final class Casts {

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "real", "double precision", "numeric");
    private static final Set<String> STRINGS = Set.of("character varying", "text", "character");
    private static final Set<String> TEMPORAL = Set.of("date", "timestamp", "time");

    private Casts() {
    }

    static boolean needsUsing(String from, String to) {
        String a = family(from);
        String b = family(to);
        if (a.equals(b) || b.equals("string")) {
            return false; // within a family, or to a string: an assignment cast exists
        }
        return !(a.equals("number") && b.equals("number"));
    }

    private static String family(String type) {
        String base = type.replaceFirst("\\(.*?\\)", "").replace(" without time zone", "").replace(" with time zone", "").strip();
        if (NUMBERS.contains(base)) {
            return "number";
        }
        if (STRINGS.contains(base)) {
            return "string";
        }
        if (TEMPORAL.contains(base)) {
            return base.equals("time") ? "time" : "datetime";
        }
        return base;
    }
}
