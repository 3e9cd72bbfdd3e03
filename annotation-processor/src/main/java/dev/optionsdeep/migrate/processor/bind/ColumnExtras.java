package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.MappingValues.ColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.Mapping;

import dev.optionsdeep.migrate.postgres.DefaultValues;
import dev.optionsdeep.migrate.schema.Column;

import java.util.Optional;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * A column's default and comment, as Hibernate 7.4 exports them (checked): {@code @ColumnDefault("…")}
 * goes verbatim into {@code DEFAULT …}; {@code @Column(comment = …)} (JPA 3.2) and Hibernate's
 * {@code @Comment} become {@code COMMENT ON COLUMN}, an empty one none.
 *
 * <p>The snapshot keeps a default as PostgreSQL prints it back, so that a database read back
 * compares equal to the model: literals of known types are rewritten by {@link DefaultValues}
 * ({@code 'new'} on a varchar becomes {@code 'new'::character varying}); any other expression is
 * kept as written and reported, as PostgreSQL may print it differently.
 */
public final class ColumnExtras {


    private ColumnExtras() {
    }

    /**
     * @param column the {@code @Column} that applies (the override's, if any), or null
     * @return the column with its default and comment, or null after reporting why it cannot have them
     */
    static Column apply(Column mapped, Element field, ColumnAnnotation column, String where, Elements elements,
                        Report report) {
        Column out = mapped;
        Mapping mapping = Mapping.of(field, elements);
        String comment = column == null ? "" : column.comment();
        if (comment.isEmpty()) {
            comment = mapping.comment().map(Mapping.Text::value).orElse("");
        }
        out = out.withComment(comment);
        Optional<Mapping.Text> columnDefault = mapping.columnDefault();
        if (columnDefault.isEmpty()) {
            return out;
        }
        String written = columnDefault.get().value();
        if (written.isBlank()) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "@ColumnDefault on " + where + " is blank, so Hibernate would"
                    + " write DEFAULT with nothing after it. Give the SQL expression, for example @ColumnDefault(\"0\")",
                    field, columnDefault.get().mirror(), columnDefault.get().written());
            return null;
        }
        if (mapped.identity()) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "@ColumnDefault on " + where + " cannot be used on an identity"
                    + " column: PostgreSQL refuses a default on it (the identity is its default). Remove @ColumnDefault",
                    field, columnDefault.get().mirror(), columnDefault.get().written());
            return null;
        }
        if ("boolean".equals(mapped.type()) && written.strip().matches("-?\\d+")) {
            // MySQL's booleans are integers; PostgreSQL's boolean takes no integer default, so Hibernate's DDL fails.
            String spelling = written.strip().equals("0") ? "false" : "true";
            report.error(Code.NON_POSTGRESQL_DEFINITION, "@ColumnDefault(\"" + written + "\") on " + where + " is not"
                    + " PostgreSQL (a boolean column takes no integer default in PostgreSQL): Hibernate's own DDL fails on"
                    + " PostgreSQL with it. Use @ColumnDefault(\"" + spelling + "\")",
                    field, columnDefault.get().mirror(), columnDefault.get().written());
            return null;
        }
        Optional<String> canonical = DefaultValues.canonical(written, mapped.type());
        if (canonical.isEmpty()) {
            report.warning(Code.UNCANONICAL_DEFAULT, "@ColumnDefault(\"" + written + "\") on " + where + " is kept"
                    + " as written: Migrate knows how PostgreSQL prints literals of known types back, not this"
                    + " expression, so a database read back may show it spelled differently. Write it as"
                    + " PostgreSQL's pg_get_expr prints it (see the column's default in psql's \\d)",
                    field, columnDefault.get().mirror(), columnDefault.get().written());
        }
        return out.withDefault(canonical.orElse(written.strip()));
    }

    /**
     * The column with the {@code DEFAULT} of its {@code columnDefinition}, spelled as PostgreSQL prints it
     * back where Migrate knows how, else as written and reported, as for {@code @ColumnDefault}.
     */
    static Column definitionDefault(Column mapped, ColumnDefinition definition, Element host, ColumnAnnotation column,
                                    String where, Report report) {
        if (definition.verbatim() != null) {
            return definition.verbatimOf(mapped, host);
        }
        String written = definition.defaultValue();
        if (written == null) {
            return mapped;
        }
        Optional<String> canonical = DefaultValues.canonical(written, mapped.type());
        if (canonical.isEmpty()) {
            report.warning(Code.UNCANONICAL_DEFAULT, "The default \"" + written + "\" in @Column(columnDefinition) on "
                    + where + " is kept as written: Migrate knows how PostgreSQL prints literals of known types back,"
                    + " not this expression, so a database read back may show it spelled differently. Write it as"
                    + " PostgreSQL's pg_get_expr prints it (see the column's default in psql's \\d)",
                    host, column.mirror(), column.written().get("columnDefinition"));
        }
        return mapped.withDefault(canonical.orElse(written.strip()));
    }
}
