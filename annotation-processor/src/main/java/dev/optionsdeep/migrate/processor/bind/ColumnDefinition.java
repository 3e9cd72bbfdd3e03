package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Problem;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.MappingValues.ColumnAnnotation;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Verbatim;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.QualifiedNameable;

/**
 * {@code @Column(columnDefinition = …)}, which Hibernate writes into the DDL as it is, after the column
 * name, adding {@code not null} when the column says {@code nullable = false} (checked with Hibernate 7.4:
 * {@code columnDefinition = "int8 default 7", nullable = false} gives {@code int8 default 7 not null}).
 * Migrate reads a PostgreSQL type followed by column constraints in any order ({@link DefinitionText}):
 * the type spelled as {@code format_type} prints it, {@code DEFAULT} as the column's default,
 * {@code NOT NULL} / {@code NULL}, {@code UNIQUE} (PostgreSQL names it {@code <table>_<column>_key}) and
 * {@code CHECK (…)} (PostgreSQL names it {@code <table>_<column>_check}). Anything more (a collation, a
 * generated column, a reference, {@code serial}, a type Migrate does not know, text it cannot even split)
 * it keeps verbatim: the column is created from the text as Hibernate writes it, and PostgreSQL judges it
 * when a revision is generated (if the environment's database is reachable) or applied. Only a definition
 * Hibernate's own DDL cannot run on PostgreSQL (MySQL's) or one that contradicts the annotation is refused.
 *
 * @param type         the canonical type
 * @param notNull      whether the definition itself says {@code NOT NULL}
 * @param defaultValue the default as written in the definition, or null
 * @param unique       whether the definition says {@code UNIQUE}
 * @param check        the condition of the definition's {@code CHECK}, or null
 * @param verbatim     the definition as written when Migrate keeps it verbatim (then the type is the one
 *                     written, canonical when Migrate knows it, and default, unique and check are inside
 *                     the text), else null
 */
record ColumnDefinition(String type, boolean notNull, String defaultValue, boolean unique, String check,
                        String verbatim) {

    /** Read and reported as wrong. */
    static final ColumnDefinition INVALID = new ColumnDefinition("", false, null, false, null, null);

    /** The definition of the {@code @Column} in force, null when it gives none, or {@link #INVALID} after reporting. */
    static ColumnDefinition read(ColumnAnnotation column, Element columnHost, String where, Report report) {
        if (column == null || column.columnDefinition().isBlank()) {
            return null;
        }
        String written = column.columnDefinition();
        AnnotationValue value = column.written().get("columnDefinition");
        String head = "@Column(columnDefinition = \"" + written + "\") on " + where;
        Optional<DefinitionText> parsed = DefinitionText.parse(written.strip());
        if (parsed.isEmpty()) {
            // PostgreSQL will say what is wrong with it, naming the attribute.
            return of(written, parsed);
        }
        DefinitionText text = parsed.get();
        if (refusedAsForeign(head, written, text, columnHost, column.mirror(), value, report)) {
            return INVALID;
        }
        if ("null".equals(text.nullability()) && !column.nullable()) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "@Column(columnDefinition = \"" + written + "\", nullable = false)"
                    + " on " + where + " says both NULL and NOT NULL: Hibernate writes \"" + written + " not null\","
                    + " which PostgreSQL refuses. Remove the NULL from the definition", columnHost, column.mirror(), value);
            return INVALID;
        }
        ignoredAttributes(column, columnHost, where, report);
        return of(written, parsed);
    }

    /**
     * What a definition's text makes of a column, reporting nothing: its type and clauses when Migrate models all of
     * them, else the text verbatim (also when it cannot be split, for PostgreSQL to judge).
     */
    static ColumnDefinition of(String written, Optional<DefinitionText> parsed) {
        if (parsed.isEmpty()) {
            return new ColumnDefinition(written.strip(), false, null, false, null, written.strip());
        }
        DefinitionText text = parsed.get();
        Optional<String> type = SqlTypes.canonical(text.type());
        boolean notNull = "not null".equals(text.nullability());
        if (type.isEmpty() || !text.others().isEmpty() || text.type().isEmpty()) {
            return new ColumnDefinition(type.orElse(text.type().isEmpty() ? written.strip() : text.type()), notNull,
                    null, false, null, written.strip());
        }
        return new ColumnDefinition(type.get(), notNull, text.defaultValue(), text.unique(), text.check(), null);
    }

    /**
     * Whether the definition is MySQL's, on which Hibernate's own DDL fails on PostgreSQL: then reported, with
     * PostgreSQL's spelling, at {@code value} of {@code mirror} on {@code host}.
     *
     * @param head how the message names the definition: {@code @Column(columnDefinition = "…") on Order.total}
     */
    static boolean refusedAsForeign(String head, String written, DefinitionText text, Element host,
                                    AnnotationMirror mirror, AnnotationValue value, Report report) {
        Optional<ForeignDefinitions.Problem> foreign = ForeignDefinitions.check(written, text);
        foreign.ifPresent(f -> report.error(Code.NON_POSTGRESQL_DEFINITION, head + " is not PostgreSQL (" + f.what()
                + "): Hibernate's own DDL fails on PostgreSQL with this definition. PostgreSQL spells it \""
                + f.spelling() + "\"; use columnDefinition = \"" + f.spelling() + "\" or remove it", host, mirror,
                value));
        return foreign.isPresent();
    }

    /**
     * The column with this verbatim definition as Hibernate writes it: the text, then {@code not null} when
     * the column is not null and the text does not say so itself (Hibernate would say it twice, which
     * PostgreSQL reads as once). An identity key gets Hibernate's identity clause after the text instead.
     */
    Column verbatimOf(Column mapped, Element host) {
        String sql = verbatim + (!mapped.nullable() && !notNull && !mapped.identity() ? " not null" : "");
        return mapped.withVerbatim(new Verbatim(sql, attribute(host)));
    }

    /** {@code com.acme.Order#total}: the type declaring the attribute (or its override), then the attribute. */
    private static String attribute(Element host) {
        String name = host instanceof ExecutableElement getter && AttributeCollector.propertyName(getter) != null
                ? AttributeCollector.propertyName(getter) : host.getSimpleName().toString();
        Element owner = host.getEnclosingElement();
        return owner instanceof QualifiedNameable type ? type.getQualifiedName() + "#" + name : Problem.where(host);
    }

    private static void ignoredAttributes(ColumnAnnotation column, Element columnHost, String where, Report report) {
        for (String ignored : List.of("length", "precision", "scale", "secondPrecision")) {
            AnnotationValue given = column.written().get(ignored);
            if (given != null) {
                report.warning(Code.IGNORED_ATTRIBUTE, "@Column(" + ignored + " = " + given + ") on " + where
                        + " has no effect: columnDefinition gives the whole type, and Hibernate ignores " + ignored
                        + ". Remove it, or put it into the definition", columnHost, column.mirror(), given);
            }
        }
    }
}
