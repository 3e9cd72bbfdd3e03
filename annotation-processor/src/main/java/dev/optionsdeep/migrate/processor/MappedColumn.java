package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.Column;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * A field read into a column, with what the table needs to know besides the column itself.
 *
 * @param columnAnnotation the field's {@code @Column}, or null; where diagnostics about the column go
 */
record MappedColumn(VariableElement field, Column column, boolean id, boolean unique, AnnotationMirror columnAnnotation) {
}
