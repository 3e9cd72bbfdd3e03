package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.MappingValues.DiscriminatorColumn;

import dev.optionsdeep.migrate.schema.Column;
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
        if (parsed.isPresent() && ColumnDefinition.refusedAsForeign("@DiscriminatorColumn(columnDefinition = \""
                + written + "\") on " + root.getSimpleName(), written, parsed.get(), root, annotation.mirror(),
                annotation.written().get("columnDefinition"), report)) {
            return null;
        }
        ColumnDefinition definition = ColumnDefinition.of(written, parsed);
        boolean saysNull = parsed.map(t -> "null".equals(t.nullability())).orElse(false);
        if (definition.verbatim() == null && !definition.unique() && definition.check() == null && !saysNull) {
            Column column = new Column(mapped.name(), definition.type(), false, false);
            return definition.defaultValue() == null ? column : column.withDefault(definition.defaultValue());
        }
        String sql = written + (definition.notNull() ? "" : " not null");
        return new Column(mapped.name(), definition.type(), false, false).withVerbatim(new Verbatim(sql,
                root.getQualifiedName() + "#" + mapped.name()));
    }
}
