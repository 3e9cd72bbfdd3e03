package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.MappingValues.DiscriminatorColumn;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Verbatim;

import java.util.Optional;

import javax.lang.model.element.TypeElement;

/**
 * {@code @DiscriminatorColumn(columnDefinition = …)}, as Hibernate 7.4 exports it (checked with its export): the text
 * after the column name as written, then {@code not null}; the discriminator type and length no longer decide the
 * column's type, but the check of the values stays. A PostgreSQL type with a {@code DEFAULT} is read as a column (the
 * type canonical, the default kept); anything more ({@code UNIQUE}, a {@code CHECK}, a collation, a type Migrate does
 * not know) is kept verbatim, as a {@code @Column(columnDefinition)} is, for PostgreSQL to judge. A MySQL definition,
 * on which Hibernate's own DDL fails, is refused with PostgreSQL's spelling.
 */
final class DiscriminatorDefinition {

    private DiscriminatorDefinition() {
    }

    /**
     * The discriminator column of {@code name} as its definition makes it, {@code mapped} (the column the type and
     * length give) when there is none, or null after reporting.
     */
    static Column apply(DiscriminatorColumn annotation, Column mapped, TypeElement root, Report report) {
        if (annotation == null || annotation.columnDefinition().isBlank()) {
            return mapped;
        }
        String written = annotation.columnDefinition().strip();
        Optional<DefinitionText> parsed = DefinitionText.parse(written);
        if (parsed.isPresent()) {
            Optional<ForeignDefinitions.Problem> foreign = ForeignDefinitions.check(written, parsed.get());
            if (foreign.isPresent()) {
                report.error(Code.NON_POSTGRESQL_DEFINITION, "@DiscriminatorColumn(columnDefinition = \"" + written
                        + "\") on " + root.getSimpleName() + " is not PostgreSQL (" + foreign.get().what() + "):"
                        + " Hibernate's own DDL fails on PostgreSQL with this definition. PostgreSQL spells it \""
                        + foreign.get().spelling() + "\"; use columnDefinition = \"" + foreign.get().spelling()
                        + "\" or remove it", root, annotation.mirror(), annotation.written().get("columnDefinition"));
                return null;
            }
            DefinitionText text = parsed.get();
            Optional<String> type = SqlTypes.canonical(text.type());
            if (type.isPresent() && text.others().isEmpty() && !text.unique() && text.check() == null
                    && !"null".equals(text.nullability())) {
                Column column = new Column(mapped.name(), type.get(), false, false);
                return text.defaultValue() == null ? column : column.withDefault(text.defaultValue());
            }
        }
        boolean saysNotNull = parsed.map(t -> "not null".equals(t.nullability())).orElse(false);
        String sql = written + (saysNotNull ? "" : " not null");
        String type = parsed.flatMap(t -> SqlTypes.canonical(t.type())).orElse(parsed.map(DefinitionText::type)
                .filter(t -> !t.isEmpty()).orElse(written));
        return new Column(mapped.name(), type, false, false).withVerbatim(new Verbatim(sql,
                root.getQualifiedName() + "#" + mapped.name()));
    }
}
