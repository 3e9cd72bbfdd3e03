package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;

import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An entity read into the table it maps to.
 *
 * @param entityAnnotation its {@code @Entity}, where diagnostics about the whole entity go
 * @param sequences        the sequence its id draws from, if any
 */
record MappedEntity(TypeElement element, AnnotationMirror entityAnnotation, String database, Table table,
                    List<Sequence> sequences) {

    MappedEntity {
        sequences = List.copyOf(sequences);
    }
}
