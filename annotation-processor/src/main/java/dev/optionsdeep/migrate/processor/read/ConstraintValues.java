package dev.optionsdeep.migrate.processor.read;

import java.util.List;

import javax.lang.model.element.AnnotationValue;

/**
 * The constraints nested in a table annotation ({@code @Table}, {@code @JoinTable}, {@code @CollectionTable},
 * {@code @SecondaryTable}), typed: {@code uniqueConstraints} and {@code indexes}. Each keeps the nested
 * annotation as written in its list, and the value a problem points at, for diagnostics.
 */
public interface ConstraintValues {

    /**
     * A {@code @UniqueConstraint}: its name as written (may be empty), column names, and {@code options}, which
     * Migrate refuses when written.
     *
     * @param item      the nested annotation in {@code uniqueConstraints}
     * @param columnsAt {@code columnNames} as written, else {@code item}
     */
    record UniqueAnnotation(String name, List<String> columnNames, String options, AnnotationValue item,
                            AnnotationValue columnsAt) {

        /** The {@code uniqueConstraints} of a table annotation, in source order. */
        public static List<UniqueAnnotation> in(Attributes table) {
            return table.list("uniqueConstraints").stream().map(item -> {
                Attributes u = table.nested(item);
                return new UniqueAnnotation(u.string("name"), u.strings("columnNames"), u.string("options"), item,
                        within(u, "columnNames", item));
            }).toList();
        }
    }

    /**
     * An {@code @Index}: its name as written (may be empty), column list as written, whether unique, and
     * {@code options}, which Migrate refuses when written.
     *
     * @param item      the nested annotation in {@code indexes}
     * @param columnsAt {@code columnList} as written, else {@code item}
     */
    record IndexAnnotation(String name, String columnList, boolean unique, String options, AnnotationValue item,
                           AnnotationValue columnsAt) {

        /** The {@code indexes} of a table annotation, in source order. */
        public static List<IndexAnnotation> in(Attributes table) {
            return table.list("indexes").stream().map(item -> {
                Attributes i = table.nested(item);
                return new IndexAnnotation(i.string("name"), i.string("columnList"), i.bool("unique", false),
                        i.string("options"), item, within(i, "columnList", item));
            }).toList();
        }
    }

    /** The attribute inside the nested annotation, so that the caret lands on it; else the nested annotation. */
    private static AnnotationValue within(Attributes nested, String attribute, AnnotationValue item) {
        AnnotationValue value = nested.explicitValue(attribute);
        return value != null ? value : item;
    }
}
