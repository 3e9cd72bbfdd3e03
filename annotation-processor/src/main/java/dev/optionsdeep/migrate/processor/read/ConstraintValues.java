package dev.optionsdeep.migrate.processor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The constraints nested in a table annotation ({@code @Table}, {@code @JoinTable}, {@code @CollectionTable},
 * {@code @SecondaryTable}), typed: {@code uniqueConstraints} and {@code indexes}, and the {@code @ForeignKey}
 * of a join column, a join table or a secondary table. Each keeps the nested annotation as written, and the
 * value a problem points at, for diagnostics.
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

    /**
     * A {@code @ForeignKey}: whether it is {@code NO_CONSTRAINT}, its name as written (may be empty), the
     * attributes Migrate refuses ({@code foreignKeyDefinition}, {@code options}) when written, in that order.
     *
     * @param written {@code name}, {@code foreignKeyDefinition} and {@code options} as written (null where not)
     */
    record ForeignKeyAnnotation(boolean noConstraint, String name, Map<String, String> refused, AnnotationMirror mirror,
                                Map<String, AnnotationValue> written) {

        /** The values of {@code fk}, or null for null. */
        public static ForeignKeyAnnotation of(Attributes fk) {
            if (fk == null) {
                return null;
            }
            Map<String, String> refused = new LinkedHashMap<>();
            Map<String, AnnotationValue> written = new LinkedHashMap<>();
            for (String attribute : List.of("name", "foreignKeyDefinition", "options")) {
                written.put(attribute, fk.explicitValue(attribute));
                if (!attribute.equals("name") && !fk.string(attribute).isEmpty()) {
                    refused.put(attribute, fk.string(attribute));
                }
            }
            return new ForeignKeyAnnotation(fk.enumConstant("value", "PROVIDER_DEFAULT").equals("NO_CONSTRAINT"),
                    fk.string("name"), refused, fk.mirror(), written);
        }
    }

    /** The attribute inside the nested annotation, so that the caret lands on it; else the nested annotation. */
    private static AnnotationValue within(Attributes nested, String attribute, AnnotationValue item) {
        AnnotationValue value = nested.explicitValue(attribute);
        return value != null ? value : item;
    }
}
