package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;

import java.util.List;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An entity read into the table it maps to, or one of the join tables its relationships need.
 *
 * @param entityAnnotation its {@code @Entity}, where diagnostics about the whole entity go
 * @param sequences        the sequence its id draws from, if any
 * @param names            the names implicit relationship names are made of
 * @param ids              its primary key columns, in key order
 * @param joinTables       the join tables of its relationships
 * @param foreignColumns   the columns its relationships put in other entities' tables
 * @param joinTableOf      for a join table, the relationship attribute it belongs to; else null
 * @param renames          its {@code @RenamedFrom} hints
 * @param generatorTable   whether this is the table an id generator ({@code GenerationType.TABLE}) draws from
 * @param columns          for an entity's own table, the attributes its columns come from (what an audit table
 *                         keeps of them, {@link AuditTables}); empty for other tables
 * @param deferred         its {@code @Table} indexes and unique constraints that name columns it does not map: they
 *                         must come from another entity's {@code @OneToMany @JoinColumn} ({@link ForeignColumns})
 */
public record MappedEntity(TypeElement element, AnnotationMirror entityAnnotation, String database, Table table,
                    List<Sequence> sequences, Names names, List<MappedColumn> ids, List<MappedEntity> joinTables,
                    List<ForeignColumn> foreignColumns, Element joinTableOf, dev.optionsdeep.migrate.diff.RenameHints renames,
                    boolean generatorTable, List<MappedColumn> columns, ConstraintReader.Deferred deferred) {

    /** An entity, or a join table, without {@code @RenamedFrom} hints. */
    MappedEntity(TypeElement element, AnnotationMirror entityAnnotation, String database, Table table,
                 List<Sequence> sequences, Names names, List<MappedColumn> ids, List<MappedEntity> joinTables,
                 List<ForeignColumn> foreignColumns, Element joinTableOf) {
        this(element, entityAnnotation, database, table, sequences, names, ids, joinTables, foreignColumns, joinTableOf,
                dev.optionsdeep.migrate.diff.RenameHints.NONE, false, List.of(), ConstraintReader.Deferred.NONE);
    }

    /** An entity with its {@code @RenamedFrom} hints. */
    MappedEntity(TypeElement element, AnnotationMirror entityAnnotation, String database, Table table,
                 List<Sequence> sequences, Names names, List<MappedColumn> ids, List<MappedEntity> joinTables,
                 List<ForeignColumn> foreignColumns, Element joinTableOf, dev.optionsdeep.migrate.diff.RenameHints renames) {
        this(element, entityAnnotation, database, table, sequences, names, ids, joinTables, foreignColumns, joinTableOf,
                renames, false, List.of(), ConstraintReader.Deferred.NONE);
    }

    /**
     * @param entity the entity name (the class name unless {@code @Entity(name)}), as implicit join column names use it
     * @param table  the table name as written (or the entity name), before physical naming, as join table names use it
     */
    record Names(String entity, String table) {
    }

    /**
     * A column, and its foreign key, that a {@code @OneToMany @JoinColumn} adds to the table of the entity it references;
     * or, with no column, the unique key a to-one referencing columns of it that are not its key adds
     * ({@code referencedKey}).
     */
    record ForeignColumn(TypeElement target, MappedColumn column, dev.optionsdeep.migrate.schema.ForeignKey foreignKey,
                         Element at, AnnotationMirror annotation, List<String> referencedKey) {

        ForeignColumn {
            referencedKey = List.copyOf(referencedKey);
        }

        ForeignColumn(TypeElement target, MappedColumn column, dev.optionsdeep.migrate.schema.ForeignKey foreignKey,
                      Element at, AnnotationMirror annotation) {
            this(target, column, foreignKey, at, annotation, List.of());
        }

        /** The unique key over {@code columns} of {@code target}'s table that a reference to them needs. */
        static ForeignColumn uniqueKey(TypeElement target, List<String> columns, Element at, AnnotationMirror annotation) {
            return new ForeignColumn(target, null, null, at, annotation, columns);
        }
    }

    public MappedEntity {
        sequences = List.copyOf(sequences);
        ids = List.copyOf(ids);
        joinTables = List.copyOf(joinTables);
        foreignColumns = List.copyOf(foreignColumns);
        columns = List.copyOf(columns);
        deferred = deferred == null ? ConstraintReader.Deferred.NONE : deferred;
    }

    /** The table's logical name (as written, or the entity name), which Hibernate keeps its tables by. */
    public String logicalTable() {
        return names.table();
    }

    public MappedEntity withTable(Table newTable) {
        return new MappedEntity(element, entityAnnotation, database, newTable, sequences, names, ids, joinTables,
                foreignColumns, joinTableOf, renames, generatorTable, columns, deferred);
    }

    /** This entity with the attributes its table's columns come from. */
    MappedEntity withColumns(List<MappedColumn> newColumns) {
        return new MappedEntity(element, entityAnnotation, database, table, sequences, names, ids, joinTables,
                foreignColumns, joinTableOf, renames, generatorTable, newColumns, deferred);
    }

    /** This entity with the constraints its {@code @Table} declares on columns other entities' relationships add. */
    MappedEntity withDeferred(ConstraintReader.Deferred waiting) {
        return new MappedEntity(element, entityAnnotation, database, table, sequences, names, ids, joinTables,
                foreignColumns, joinTableOf, renames, generatorTable, columns, waiting);
    }

    /** A join table of this entity's relationship {@code attribute}. */
    MappedEntity joinTable(Table joinTable, Element attribute) {
        return joinTable(joinTable, attribute, List.of());
    }

    /** A join table of this entity's relationship {@code attribute}, with the sequences its key draws from. */
    MappedEntity joinTable(Table joinTable, Element attribute, List<Sequence> joinSequences) {
        return new MappedEntity(element, entityAnnotation, database, joinTable, joinSequences, names, List.of(),
                List.of(), List.of(), attribute);
    }

    /** The table the id generator of this entity's {@code id} attribute draws from. */
    MappedEntity generatorTable(Table generatorTable, Element id) {
        return new MappedEntity(element, entityAnnotation, database, generatorTable, List.of(), names, List.of(), List.of(),
                List.of(), id, dev.optionsdeep.migrate.diff.RenameHints.NONE, true, List.of(), ConstraintReader.Deferred.NONE);
    }

}
