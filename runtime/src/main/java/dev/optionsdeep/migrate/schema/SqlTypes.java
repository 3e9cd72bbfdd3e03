package dev.optionsdeep.migrate.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical PostgreSQL type names, spelled exactly as {@code format_type()} prints them, so that a
 * schema read back from a live database compares equal to the schema it was built from.
 */
public final class SqlTypes {

    public static final String BIGINT = "bigint";
    public static final String INTEGER = "integer";
    public static final String SMALLINT = "smallint";
    public static final String BOOLEAN = "boolean";
    public static final String DATE = "date";
    public static final String UUID = "uuid";
    public static final String TEXT = "text";

    private SqlTypes() {
    }

    public static String varchar(int length) {
        positive(length, "varchar length");
        return "character varying(" + length + ")";
    }

    public static String numeric(int precision, int scale) {
        positive(precision, "numeric precision");
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException("numeric scale must be between 0 and the precision " + precision + ", was " + scale);
        }
        return "numeric(" + precision + "," + scale + ")";
    }

    /** {@code timestamp(p) without time zone}. */
    public static String timestamp(int fractionalDigits) {
        return "timestamp(" + fractionalDigits(fractionalDigits) + ") without time zone";
    }

    /** {@code timestamp(p) with time zone}. */
    public static String timestampWithTimeZone(int fractionalDigits) {
        return "timestamp(" + fractionalDigits(fractionalDigits) + ") with time zone";
    }

    private static int fractionalDigits(int digits) {
        if (digits < 0 || digits > 6) {
            throw new IllegalArgumentException("PostgreSQL keeps 0 to 6 fractional digits of a timestamp, not " + digits);
        }
        return digits;
    }

    /** Names PostgreSQL accepts for a built-in type, by the name {@code format_type} prints. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", INTEGER), Map.entry("int4", INTEGER), Map.entry("integer", INTEGER),
            Map.entry("smallint", SMALLINT), Map.entry("int2", SMALLINT),
            Map.entry("bigint", BIGINT), Map.entry("int8", BIGINT),
            Map.entry("real", "real"), Map.entry("float4", "real"),
            Map.entry("double precision", "double precision"), Map.entry("float8", "double precision"),
            Map.entry("bool", BOOLEAN), Map.entry("boolean", BOOLEAN),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char", "character"), Map.entry("character", "character"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"), Map.entry("bit", "bit"));

    /** Types PostgreSQL knows by one name, printed as written. */
    private static final java.util.Set<String> PLAIN = java.util.Set.of(TEXT, "bytea", DATE, UUID, "json", "jsonb",
            "xml", "inet", "cidr", "macaddr", "macaddr8", "money", "oid", "tsvector", "tsquery", "point", "line", "lseg",
            "box", "path", "polygon", "circle", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "interval", "bpchar", "name", "citext");

    private static final Pattern WRITTEN = Pattern.compile(
            "^([a-z_][a-z0-9_]*(?: [a-z_][a-z0-9_]*)*?)(?:\\(([0-9,]+)\\))?((?: (?:with|without) time zone)?)((?:\\[\\])*)$");

    /**
     * A type as written in SQL ({@code varchar(20)}, {@code int4}, {@code timestamptz}, {@code numeric(10)},
     * {@code text[]}) spelled as {@code format_type} prints it ({@code character varying(20)}, {@code integer},
     * {@code timestamp with time zone}, {@code numeric(10,0)}, {@code text[]}). A name it does not know, such as
     * an extension's or your own type, is kept as written, lower-cased as PostgreSQL folds it.
     *
     * @return empty when the text is not a type PostgreSQL would accept here (a quoted name, a serial
     *         pseudo-type, an argument the type does not take)
     */
    public static Optional<String> canonical(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll(" ?\\( ?", "(").replaceAll(" ?\\)", ")").replaceAll(" ?, ?", ",").replaceAll(" ?\\[ ?\\]", "[]");
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        String args = m.group(2);
        String zone = m.group(3);
        String array = m.group(4);
        if (name.endsWith("serial") || name.equals("serial4") || name.equals("serial8") || name.equals("serial2")) {
            return Optional.empty();
        }
        if (!zone.isEmpty()) {
            name = name + zone;
        }
        String base = ALIASES.get(name);
        String type;
        if (base == null) {
            if (name.equals("float")) {
                int p = args == null ? 53 : Integer.parseInt(args);
                if (args != null && args.contains(",") || p < 1 || p > 53) {
                    return Optional.empty();
                }
                type = p <= 24 ? "real" : "double precision";
            } else if (PLAIN.contains(name) && (args == null || name.equals("interval"))) {
                type = args == null ? name : name + "(" + args + ")";
            } else if (PLAIN.contains(name) || name.contains(" ")) {
                return Optional.empty();
            } else {
                type = args == null ? name : name + "(" + args + ")"; // an extension's or your own type
            }
        } else {
            type = sized(base, args);
            if (type == null) {
                return Optional.empty();
            }
        }
        return Optional.of(type + array);
    }

    private static String sized(String base, String args) {
        String[] parts = args == null ? new String[0] : args.split(",");
        for (String p : parts) {
            if (!p.matches("[0-9]+")) {
                return null;
            }
        }
        switch (base) {
            case "character varying", "bit varying":
                return parts.length == 0 ? base : parts.length == 1 ? base + "(" + parts[0] + ")" : null;
            case "character", "bit":
                return parts.length == 0 ? base + "(1)" : parts.length == 1 ? base + "(" + parts[0] + ")" : null;
            case "numeric":
                return parts.length == 0 ? base : parts.length == 1 ? "numeric(" + parts[0] + ",0)"
                        : parts.length == 2 ? "numeric(" + parts[0] + "," + parts[1] + ")" : null;
            case "timestamp without time zone", "timestamp with time zone", "time without time zone",
                 "time with time zone": {
                if (parts.length == 0) {
                    return base;
                }
                if (parts.length > 1) {
                    return null;
                }
                int space = base.indexOf(' ');
                return base.substring(0, space) + "(" + parts[0] + ")" + base.substring(space);
            }
            default:
                return parts.length == 0 ? base : null;
        }
    }

    private static void positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }
}
