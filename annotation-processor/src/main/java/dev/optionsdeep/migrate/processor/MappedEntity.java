package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.Table;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An entity read into the table it maps to.
 *
 * @param entityAnnotation its {@code @Entity}, where diagnostics about the whole entity go
 */
record MappedEntity(TypeElement element, AnnotationMirror entityAnnotation, String database, Table table) {
}
