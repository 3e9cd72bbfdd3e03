package dev.optionsdeep.migrate.schema;

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

    private static void positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }
}
