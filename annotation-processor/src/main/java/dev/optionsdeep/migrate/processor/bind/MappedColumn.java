package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Attribute;

import dev.optionsdeep.migrate.schema.Column;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An attribute read into a column, with what the table needs to know besides the column itself.
 *
 * @param path             the attribute path from the entity: {@code ticker}, or {@code home.street} inside an embedded one
 * @param attribute        the basic attribute; for an embedded one, the attribute inside the embeddable
 * @param origin           the attribute of the entity (or of its mapped superclass) the column comes from:
 *                         {@code attribute} itself, or the embedded attribute that holds it
 * @param columnHost       the element carrying the {@code @Column} in force: the attribute, or the class
 *                         or field with its {@code @AttributeOverride}
 * @param columnAnnotation that {@code @Column}, or null; where diagnostics about the column go
 * @param logicalName      the name as written or implied, before physical naming and folding: implicit join
 *                         column names that reference this column repeat it ({@code customer_customerId})
 * @param check            the condition of the check constraint Hibernate adds for the column, or null
 * @param converted        whether an AttributeConverter writes the column: Hibernate's check of an enum's values is
 *                         then the converter's, never the enum's own
 */
public record MappedColumn(String path, Attribute attribute, Element origin, Column column, boolean id, boolean unique, Element columnHost,
                    AnnotationMirror columnAnnotation, String logicalName, String check, boolean converted) {

    /** A column without a check of its own. */
    MappedColumn(String path, Attribute attribute, Element origin, Column column, boolean id, boolean unique,
                 Element columnHost, AnnotationMirror columnAnnotation, String logicalName) {
        this(path, attribute, origin, column, id, unique, columnHost, columnAnnotation, logicalName, null, false);
    }

    /** The columns, in order. Loops, not streams: run per entity while javac is still cold. */
    static List<Column> columns(List<MappedColumn> mapped) {
        List<Column> out = new ArrayList<>(mapped.size());
        for (MappedColumn c : mapped) {
            out.add(c.column());
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The columns' names, in order. */
    static List<String> names(List<MappedColumn> mapped) {
        List<String> out = new ArrayList<>(mapped.size());
        for (MappedColumn c : mapped) {
            out.add(c.column().name());
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The key columns among {@code mapped}, in order. */
    static List<MappedColumn> ids(List<MappedColumn> mapped) {
        List<MappedColumn> out = new ArrayList<>(1);
        for (MappedColumn c : mapped) {
            if (c.id()) {
                out.add(c);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
