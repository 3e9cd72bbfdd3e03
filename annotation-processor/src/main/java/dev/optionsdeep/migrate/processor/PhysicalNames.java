package dev.optionsdeep.migrate.processor;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Names as PostgreSQL stores them, given names as written in annotations, under Hibernate's default
 * physical naming ({@link Naming#JPA}); {@link Naming#SNAKE_CASE} builds on the same helpers.
 *
 * <p>Hibernate (default naming, no global quoting) sends a name unquoted unless the annotation
 * quotes it ({@code "\"Company\""}, {@code `Company`} or {@code [Company]}) or it is not a legal
 * SQL identifier (then Hibernate quotes it itself). PostgreSQL folds unquoted names to lower case
 * (ASCII letters only, in a UTF-8 database) and cuts every name to {@value #MAX_BYTES} bytes.
 */
public final class PhysicalNames {

    /** PostgreSQL's NAMEDATALEN - 1. */
    static final int MAX_BYTES = 63;

    /** A physical name, or why the written one cannot be used (then {@code name} is null). */
    public record Resolved(String name, String problem) {

        static Resolved of(String name) {
            return new Resolved(name, null);
        }

        static Resolved invalid(String problem) {
            return new Resolved(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private PhysicalNames() {
    }

    /** The physical name of a table or column declared with {@code written}. */
    public static Resolved declared(String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            return Resolved.invalid("the name is blank");
        }
        String name;
        if (isQuoted(text)) {
            name = text.substring(1, text.length() - 1);
        } else if (!legalWithDollar(text)) {
            name = text; // Hibernate quotes it for us: case is kept
        } else if (dev.optionsdeep.migrate.postgres.Identifiers.isReservedKeyword(text)) {
            return reservedKeyword(text);
        } else if (text.indexOf('$') < 0 || lowerAscii(text).equals(text)) {
            name = lowerAscii(text);
        } else {
            // Hibernate 6 quotes a name with '$' (case kept), Hibernate 7 does not (folded): no answer fits both.
            return Resolved.invalid("Hibernate 6 keeps the case of a name containing '$' and Hibernate 7 folds it to"
                    + " lower case, so its physical name depends on the Hibernate version: write it in lower case ("
                    + lowerAscii(text) + ") or quote it (\"\\\"" + text + "\\\"\")");
        }
        return checked(name);
    }

    /**
     * Hibernate 7.4 (like 6.6 and 7.2) writes a name that is not quoted in the annotation as it is, also a keyword
     * (unless {@code hibernate.auto_quote_keyword} is set), and PostgreSQL refuses its reserved keywords there: the
     * {@code CREATE TABLE} of its own export fails, and so does every query naming it (checked with its export).
     */
    static Resolved reservedKeyword(String written) {
        return Resolved.invalid(written + " is a keyword PostgreSQL reserves, and Hibernate writes it unquoted, so"
                + " Hibernate's own DDL and every query naming it fail on PostgreSQL (\"syntax error at or near\"). Quote"
                + " it in the annotation (\"\\\"" + lowerAscii(written) + "\\\"\"), which Hibernate and Migrate both"
                + " follow, or choose another name");
    }

    /**
     * The physical name a column reference in {@code @Index(columnList)} or
     * {@code @UniqueConstraint(columnNames)} stands for. Hibernate copies these into the DDL as
     * written, so PostgreSQL's rules apply: quoted text is exact, anything else is folded.
     */
    static Resolved referenced(String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            return Resolved.invalid("the column name is blank");
        }
        return checked(isQuoted(text) ? text.substring(1, text.length() - 1) : lowerAscii(text));
    }

    /**
     * {@code <table>_<col1>_<col2>_<suffix>} as PostgreSQL names an unnamed constraint: the suffix always
     * whole, the longer of table and columns cut first to fit 63 bytes.
     */
    public static String constraintName(String table, List<String> columns, String suffix) {
        return objectName(table, String.join("_", columns), suffix);
    }

    public static String primaryKeyName(String table) {
        return objectName(table, null, "pkey");
    }

    /**
     * PostgreSQL's makeObjectName: {@code name1_name2_label} (or {@code name1_label} without
     * {@code name2}) within 63 bytes, the label kept whole and the longer of the two names shortened byte
     * by byte first, each then cut back to a whole character ("a_very_long_table_name_col_key").
     */
    public static String objectName(String name1, String name2, String label) {
        int overhead = utf8Length(label) + 1 + (name2 == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        int bytes1 = utf8Length(name1);
        int bytes2 = name2 == null ? 0 : utf8Length(name2);
        while (bytes1 + bytes2 > available) {
            if (bytes1 > bytes2) {
                bytes1--;
            } else {
                bytes2--;
            }
        }
        return clip(name1, bytes1) + (name2 == null ? "" : "_" + clip(name2, bytes2)) + "_" + label;
    }

    /** Cuts {@code name} to at most 63 UTF-8 bytes without splitting a character, as PostgreSQL does. */
    public static String truncate(String name) {
        return clip(name, MAX_BYTES);
    }

    /** The longest start of {@code name} of at most {@code limit} UTF-8 bytes that splits no character. */
    private static String clip(String name, int limit) {
        if (name.length() * 3 <= limit) {
            return name; // no character takes more than three bytes per char of the string
        }
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = utf8Length(codePoint);
            if (bytes + size > limit) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** As {@link #utf8Length(String)} for one character; a lone surrogate is written as one byte ('?'). */
    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80 || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            return 1;
        }
        return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    static String lowerAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** {@code name} cut to 63 bytes, or why PostgreSQL or Hibernate cannot use it. */
    static Resolved checked(String name) {
        if (name.isEmpty()) {
            return Resolved.invalid("the name is empty");
        }
        if (name.indexOf('"') >= 0 || name.indexOf('\0') >= 0) {
            // Hibernate does not escape quotes inside a quoted name, so its DDL would break.
            return Resolved.invalid("the name contains a double quote or a NUL character");
        }
        return Resolved.of(truncate(name));
    }

    public static boolean isQuoted(String text) {
        if (text.length() <= 2) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return first == '"' && last == '"' || first == '`' && last == '`' || first == '[' && last == ']';
    }

    /** Hibernate 7's rule for a name it leaves unquoted; Hibernate 6's is the same without '$'. */
    static boolean legalWithDollar(String text) {
        char first = text.charAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                return false;
            }
        }
        return true;
    }
}
