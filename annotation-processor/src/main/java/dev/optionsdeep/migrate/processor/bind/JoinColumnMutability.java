package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;

import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate refuses to start on a collection with a join or collection table whose key or element columns write
 * differently: one whose {@code insertable} is not its {@code updatable} ("must be defined with the same insertable
 * and updatable attributes"), or columns not all alike ("should have the same insertable and updatable setting"). Its
 * {@code CollectionBinder} checks both since Hibernate 6, on the collection's key (a join table's {@code joinColumns},
 * a {@code @CollectionTable}'s) and its element (a join table's {@code inverseJoinColumns}, an element collection's
 * basic {@code @Column}; an embeddable element's columns it accepts either way), never on a {@code @OneToMany @JoinColumn}, a {@code @MapKeyJoinColumn}, a {@code @MapKeyColumn}
 * or an {@code @OrderColumn}, which 6.6, 7.2 and 7.4 all accept either way and export alike (checked with each line's
 * export and start; a Hibernate 5 application's {@code @JoinColumn(updatable = false)} in a {@code @JoinTable} fails
 * Hibernate 6.6's start, as Shopizer's user groups show).
 */
final class JoinColumnMutability {

    private JoinColumnMutability() {
    }

    /** False after reporting the first join column of {@code columns} Hibernate refuses. */
    static boolean consistent(JoinColumnReader.Context context, List<JoinColumnReader.Joined> columns) {
        return consistent(context, columns.stream().map(j -> new Written(j.column().name(), j.host(), j.annotation()))
                .toList(), "join column");
    }

    /** False after reporting the first column of an element collection's element Hibernate refuses. */
    static boolean consistentElement(JoinColumnReader.Context context, List<MappedColumn> columns) {
        return consistent(context, columns.stream().map(c -> new Written(c.column().name(),
                c.columnHost() == null ? context.association().attribute().element() : c.columnHost(),
                c.columnAnnotation())).toList(), "element column");
    }

    /** A column as its annotation ({@code @JoinColumn}, {@code @Column}, or none) says it is written. */
    private record Written(String name, Element host, AnnotationMirror annotation) {
    }

    private static boolean consistent(JoinColumnReader.Context context, List<Written> columns, String what) {
        Boolean writes = null;
        for (Written column : columns) {
            boolean insertable = column.annotation() == null || ColumnAnnotations.writes(column.annotation(), "insertable");
            boolean updatable = column.annotation() == null || ColumnAnnotations.writes(column.annotation(), "updatable");
            String problem = insertable != updatable
                    ? " has insertable = " + insertable + " but updatable = " + updatable
                    : writes != null && writes != insertable ? " does not write as the other " + what + "s of its side do"
                    : null;
            if (problem != null) {
                context.report().error(Code.INVALID_RELATIONSHIP, "The " + what + " " + column.name() + " of "
                        + context.where() + problem + ": Hibernate refuses to start on a collection's " + what + "s that"
                        + " differ so (\"must be defined with the same insertable and updatable attributes\"). Give"
                        + " insertable and updatable one value on every " + what + " of the side (or leave both out)",
                        column.host(), column.annotation());
                return false;
            }
            writes = insertable;
        }
        return true;
    }
}
