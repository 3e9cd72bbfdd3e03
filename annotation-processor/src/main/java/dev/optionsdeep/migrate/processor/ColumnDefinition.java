package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.SqlTypes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * {@code @Column(columnDefinition = …)}, which Hibernate writes into the DDL as it is, after the column
 * name, adding {@code not null} when the column says {@code nullable = false} (checked with Hibernate 7.4:
 * {@code columnDefinition = "int8 default 7", nullable = false} gives {@code int8 default 7 not null}).
 * Migrate reads a PostgreSQL type, optionally followed by {@code NOT NULL}, and spells the type as
 * {@code format_type} prints it; anything more (a default, a check, a collation) it cannot model yet, so
 * it is an error rather than a column that differs from Hibernate's.
 *
 * @param type    the canonical type
 * @param notNull whether the definition itself says {@code NOT NULL}
 */
record ColumnDefinition(String type, boolean notNull) {

    /** Read and reported as wrong. */
    static final ColumnDefinition INVALID = new ColumnDefinition("", false);

    private static final Pattern TRAILING_NULL = Pattern.compile("^(.*?)(?:\\s+(not\\s+null|null))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The definition of the {@code @Column} in force, null when it gives none, or {@link #INVALID} after reporting. */
    static ColumnDefinition read(Attributes column, Element columnHost, String where, Report report) {
        if (column == null || column.string("columnDefinition").isBlank()) {
            return null;
        }
        String written = column.string("columnDefinition");
        AnnotationValue value = column.explicitValue("columnDefinition");
        Matcher m = TRAILING_NULL.matcher(written.strip());
        m.matches(); // the pattern matches any text
        String constraint = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Optional<String> type = SqlTypes.canonical(m.group(1));
        if (type.isEmpty()) {
            String serial = m.group(1).strip().toLowerCase(Locale.ROOT);
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@Column(columnDefinition = \"" + written + "\") on " + where
                    + (serial.matches("(small|big)?serial[248]?")
                    ? " asks for a serial column, which creates a sequence and a default Migrate does not model."
                            + " Use @GeneratedValue(strategy = GenerationType.IDENTITY) on the id instead"
                    : " is not a column type Migrate can read: it reads a PostgreSQL type, optionally followed by"
                            + " NOT NULL (for example \"text\", \"jsonb\", \"numeric(10,2) not null\"). Keep only the type"
                            + " there, and say the rest with @Column's nullable and unique"),
                    columnHost, column.mirror(), value);
            return INVALID;
        }
        if (constraint.equals("null") && !column.bool("nullable", true)) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "@Column(columnDefinition = \"" + written + "\", nullable = false)"
                    + " on " + where + " says both NULL and NOT NULL: Hibernate writes \"" + written + " not null\","
                    + " which PostgreSQL refuses. Remove the NULL from the definition", columnHost, column.mirror(), value);
            return INVALID;
        }
        for (String ignored : List.of("length", "precision", "scale", "secondPrecision")) {
            AnnotationValue given = column.explicitValue(ignored);
            if (given != null) {
                report.warning(Code.IGNORED_ATTRIBUTE, "@Column(" + ignored + " = " + given + ") on " + where
                        + " has no effect: columnDefinition gives the whole type, and Hibernate ignores " + ignored
                        + ". Remove it, or put it into the definition", columnHost, column.mirror(), given);
            }
        }
        return new ColumnDefinition(type.get(), constraint.equals("not null"));
    }
}
