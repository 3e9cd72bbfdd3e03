package dev.optionsdeep.migrate.postgres;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column defaults in the form PostgreSQL prints them back ({@code pg_get_expr}), for the literals
 * people write in {@code @ColumnDefault}: {@code 'new'} on a varchar column is stored and printed as
 * {@code 'new'::character varying}, {@code -1} as {@code '-1'::integer}. The model keeps the printed
 * form, so that a database read back compares equal to the model it was built from.
 *
 * <p>Only literals of known types are rewritten; for anything else (function calls other than the
 * few below, operators, casts to other types) {@link #canonical} answers empty, and the caller must
 * say so rather than guess.
 */
public final class DefaultValues {

    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("(-?)(0|[1-9][0-9]*)\\.[0-9]+");
    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
    private static final Set<String> NUMBERS = Set.of("numeric", "real", "double precision");
    private static final Set<String> DATETIME_KEYWORDS = Set.of("CURRENT_DATE", "CURRENT_TIMESTAMP", "LOCALTIMESTAMP",
            "CURRENT_TIME", "LOCALTIME");
    private static final Set<String> FUNCTIONS = Set.of("now()", "gen_random_uuid()");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private DefaultValues() {
    }

    /**
     * {@code expression} as PostgreSQL prints it back as the default of a column of {@code type}
     * (spelled as {@code format_type} prints it), or empty when it is not a literal this class knows.
     * An expression already in printed form comes back unchanged.
     */
    public static Optional<String> canonical(String expression, String type) {
        String e = expression.strip();
        String base = type.replaceFirst("\\(.*\\)", "").strip();
        if (FUNCTIONS.contains(e.toLowerCase(Locale.ROOT))) {
            return Optional.of(e.toLowerCase(Locale.ROOT));
        }
        if (DATETIME_KEYWORDS.contains(e.toUpperCase(Locale.ROOT))
                && (base.startsWith("timestamp") || base.startsWith("time") || base.equals("date"))) {
            return Optional.of(e.toUpperCase(Locale.ROOT));
        }
        if (INTEGERS.contains(base) || NUMBERS.contains(base)) {
            return number(e);
        }
        if (base.equals("boolean")) {
            String b = e.toLowerCase(Locale.ROOT);
            return b.equals("true") || b.equals("false") ? Optional.of(b) : Optional.empty();
        }
        String suffix = switch (base) {
            case "text" -> "::text";
            case "character varying" -> "::character varying";
            case "character" -> "::bpchar";
            case "jsonb" -> "::jsonb";
            case "json" -> "::json";
            case "uuid" -> "::uuid";
            default -> null;
        };
        if (suffix == null) {
            return Optional.empty();
        }
        String literal = e.endsWith(suffix) ? e.substring(0, e.length() - suffix.length()) : e;
        return STRING.matcher(literal).matches() ? Optional.of(literal + suffix) : Optional.empty();
    }

    /**
     * A leading plus is an operator to PostgreSQL ({@code +7} prints as {@code (+ 7)}), so it is not a literal here.
     * A whole number is an integer constant ({@code 42}; a negative one is printed as a quoted cast,
     * {@code '-1'::integer}; beyond the integer range a bigint, {@code '3000000000'::bigint}); a
     * decimal is a numeric constant ({@code 1.5}, {@code '-1.5'::numeric}).
     */
    private static Optional<String> number(String e) {
        if (INTEGER.matcher(e).matches()) {
            BigInteger value = new BigInteger(e);
            if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
                return Optional.of(value.signum() < 0 ? "'" + value + "'::integer" : value.toString());
            }
            if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
                return Optional.of("'" + value + "'::bigint");
            }
            return Optional.empty();
        }
        var decimal = DECIMAL.matcher(e);
        if (decimal.matches()) {
            String unsigned = e.replaceFirst("^-", "");
            return Optional.of(decimal.group(1).equals("-") ? "'-" + unsigned + "'::numeric" : unsigned);
        }
        // Already printed: '-1'::integer, '3000000000'::bigint, '-1.5'::numeric.
        if (e.matches("'-?[0-9]+'::(integer|bigint)") || e.matches("'-?[0-9]+\\.[0-9]+'::numeric")) {
            return Optional.of(e);
        }
        return Optional.empty();
    }
}
