package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Attributes;

import dev.optionsdeep.migrate.schema.SqlTypes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * {@code @Column(columnDefinition = …)}, which Hibernate writes into the DDL as it is, after the column
 * name, adding {@code not null} when the column says {@code nullable = false} (checked with Hibernate 7.4:
 * {@code columnDefinition = "int8 default 7", nullable = false} gives {@code int8 default 7 not null}).
 * Migrate reads a PostgreSQL type followed by column constraints in any order ({@link DefinitionText}):
 * the type spelled as {@code format_type} prints it, {@code DEFAULT} as the column's default,
 * {@code NOT NULL} / {@code NULL}, {@code UNIQUE} (PostgreSQL names it {@code <table>_<column>_key}) and
 * {@code CHECK (…)} (PostgreSQL names it {@code <table>_<column>_check}). Anything more (a collation, a
 * generated column, a reference) it cannot model yet, so it reports rather than write a column that
 * differs from Hibernate's.
 *
 * @param type         the canonical type
 * @param notNull      whether the definition itself says {@code NOT NULL}
 * @param defaultValue the default as written in the definition, or null
 * @param unique       whether the definition says {@code UNIQUE}
 * @param check        the condition of the definition's {@code CHECK}, or null
 */
record ColumnDefinition(String type, boolean notNull, String defaultValue, boolean unique, String check) {

    /** Read and reported as wrong. */
    static final ColumnDefinition INVALID = new ColumnDefinition("", false, null, false, null);

    /** The definition of the {@code @Column} in force, null when it gives none, or {@link #INVALID} after reporting. */
    static ColumnDefinition read(Attributes column, Element columnHost, String where, Report report) {
        if (column == null || column.string("columnDefinition").isBlank()) {
            return null;
        }
        String written = column.string("columnDefinition");
        AnnotationValue value = column.explicitValue("columnDefinition");
        String head = "@Column(columnDefinition = \"" + written + "\") on " + where;
        Optional<DefinitionText> parsed = DefinitionText.parse(written.strip());
        if (parsed.isEmpty()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, head + " cannot be read: a quote or a parenthesis is not closed."
                    + " Close it", columnHost, column.mirror(), value);
            return INVALID;
        }
        DefinitionText text = parsed.get();
        Optional<ForeignDefinitions.Problem> foreign = ForeignDefinitions.check(written, text);
        if (foreign.isPresent()) {
            report.error(Code.NON_POSTGRESQL_DEFINITION, head + " is not PostgreSQL (" + foreign.get().what()
                    + "): Hibernate's own DDL fails on PostgreSQL with this definition. PostgreSQL spells it \""
                    + foreign.get().spelling() + "\"; use columnDefinition = \"" + foreign.get().spelling()
                    + "\" or remove it", columnHost, column.mirror(), value);
            return INVALID;
        }
        Optional<String> type = SqlTypes.canonical(text.type());
        if (type.isEmpty() || !text.others().isEmpty()) {
            String serial = text.type().strip().toLowerCase(Locale.ROOT);
            report.error(Code.UNSUPPORTED_ATTRIBUTE, head + (serial.matches("(small|big)?serial[248]?")
                    ? " asks for a serial column, which creates a sequence and a default Migrate does not model."
                            + " Use @GeneratedValue(strategy = GenerationType.IDENTITY) on the id instead"
                    : type.isEmpty() ? " does not start with a column type Migrate can read (\"" + text.type()
                            + "\"). Write a PostgreSQL type, optionally followed by DEFAULT, NOT NULL, NULL, UNIQUE"
                            + " or CHECK (for example \"text\", \"numeric(10,2) default 0 not null\")"
                    : " says " + String.join(", ", text.others()) + ", which Migrate does not model yet. Keep the"
                            + " type, DEFAULT, NOT NULL, NULL, UNIQUE and CHECK there, and remove the rest"),
                    columnHost, column.mirror(), value);
            return INVALID;
        }
        if ("null".equals(text.nullability()) && !column.bool("nullable", true)) {
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
        return new ColumnDefinition(type.get(), "not null".equals(text.nullability()), text.defaultValue(),
                text.unique(), text.check());
    }
}
