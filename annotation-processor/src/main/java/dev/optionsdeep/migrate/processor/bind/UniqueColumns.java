package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import javax.lang.model.util.Elements;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A unique constraint of {@code @Table} (or a unique {@code @Index}) on one column that is already marked unique:
 * Hibernate 6.6 to 7.4 then export only the column's own {@code unique}, which PostgreSQL names
 * {@code <table>_<column>_key}, and the constraint's name is lost (checked: {@code CreateTableUniqueDelegate}, the
 * PostgreSQL dialect's). Apache Fineract names most of its unique columns twice so.
 */
final class UniqueColumns {

    private UniqueColumns() {
    }

    /**
     * The columns Hibernate marks unique itself ({@code unique = true}, a one-to-one's join column). A UNIQUE inside
     * a {@code columnDefinition} is no such mark: Hibernate does not read the definition and keeps the named
     * constraint (which PostgreSQL, given both in one CREATE TABLE, keeps alone: not modelled yet, as before).
     */
    static Set<String> marked(List<MappedColumn> columns, Elements elements) {
        Set<String> unique = new HashSet<>();
        for (MappedColumn c : columns) {
            if (c.unique() && !uniqueByDefinitionOnly(c, elements)) {
                unique.add(c.column().name());
            }
        }
        return unique;
    }

    /** Unique only by a UNIQUE its columnDefinition says, as {@link DefinitionText} reads the definition. */
    private static boolean uniqueByDefinitionOnly(MappedColumn c, Elements elements) {
        return c.columnAnnotation() != null && !ColumnAnnotations.explicitUnique(c.columnAnnotation())
                && DefinitionText.parse(ColumnAnnotations.definition(c.columnAnnotation(), elements))
                .map(DefinitionText::unique).orElse(false);
    }

    /** Whether Hibernate leaves {@code u} out, the one column it is on being marked unique already. */
    static boolean repeats(UniqueConstraint u, Set<String> marked) {
        return u.columns().size() == 1 && marked.contains(u.columns().get(0));
    }
}
