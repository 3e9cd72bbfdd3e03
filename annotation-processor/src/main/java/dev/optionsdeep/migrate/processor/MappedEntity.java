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
 * @param renames          its {@code @RenamedFrom} hints
 */
record MappedEntity(TypeElement element, AnnotationMirror entityAnnotation, String database, Table table,
                    List<Sequence> sequences, dev.optionsdeep.migrate.diff.RenameHints renames) {

    MappedEntity {
        sequences = List.copyOf(sequences);
    }

    /** An entity without {@code @RenamedFrom} hints. */
    MappedEntity(TypeElement element, AnnotationMirror entityAnnotation, String database, Table table,
                 List<Sequence> sequences) {
        this(element, entityAnnotation, database, table, sequences, dev.optionsdeep.migrate.diff.RenameHints.NONE);
    }
}
