package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;

import java.util.List;

/**
 * Hibernate refuses to start on a collection whose join columns of one side of its join table write differently:
 * one whose {@code insertable} is not its {@code updatable} ("must be defined with the same insertable and updatable
 * attributes"), or columns not all alike ("should have the same insertable and updatable setting"). Its
 * {@code CollectionBinder} checks both since Hibernate 6; a Hibernate 5 application's {@code @JoinColumn(updatable =
 * false)} in a {@code @JoinTable} fails Hibernate 6.6's start (checked with Shopizer's user groups).
 */
final class JoinColumnMutability {

    private JoinColumnMutability() {
    }

    /** False after reporting the first join column of {@code columns} Hibernate refuses. */
    static boolean consistent(JoinColumnReader.Context context, List<JoinColumnReader.Joined> columns) {
        Boolean writes = null;
        for (JoinColumnReader.Joined joined : columns) {
            boolean insertable = ColumnAnnotations.writes(joined.annotation(), "insertable");
            boolean updatable = ColumnAnnotations.writes(joined.annotation(), "updatable");
            String problem = insertable != updatable
                    ? " has insertable = " + insertable + " but updatable = " + updatable
                    : writes != null && writes != insertable ? " does not write as the other join columns of its side do"
                    : null;
            if (problem != null) {
                context.report().error(Code.INVALID_RELATIONSHIP, "The join column " + joined.column().name() + " of "
                        + context.where() + problem + ": Hibernate refuses to start on a collection's join columns that"
                        + " differ so. Give insertable and updatable one value on every join column of the side (or"
                        + " leave both out)", joined.host(), joined.annotation());
                return false;
            }
            writes = insertable;
        }
        return true;
    }
}
