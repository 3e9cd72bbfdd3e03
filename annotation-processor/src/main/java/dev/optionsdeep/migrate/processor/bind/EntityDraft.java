package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import dev.optionsdeep.migrate.schema.PrimaryKey;

import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An entity bound as far as its own table and key: what {@link EntityDrafter#draft} reads of it, once,
 * and what {@link EntityBinder} completes with its relationships, generators and constraints when
 * every entity's key is known (relationships take their columns' types from the keys they reference).
 *
 * @param table                the entity's {@code @Table}, or null
 * @param qualifiedTable       the table's name with its schema, as relationships reference it
 * @param columns              the columns of its own attributes (with a JOINED subclass's key first), without
 *                             those of its relationships
 * @param byEntity             for a {@code SINGLE_TABLE} root, the columns each entity of the hierarchy maps
 * @param subclassAssociations for a {@code SINGLE_TABLE} root, the relationships each subclass declares
 * @param associations         its own relationships and element collections, {@code @MapsId} ones included
 * @param joinedKey            for a JOINED subclass, its key and the foreign key to its parent's table; else null
 * @param derived              what its {@code @MapsId} relationships map (their columns make its key)
 * @param keyReading           what relationships to it need: its table with its key and columns, and the unique
 *                             constraints a {@code referencedColumnName} may rely on; null when two of its
 *                             columns clash (reported when it is bound)
 */
record EntityDraft(TypeElement entity, AnnotationMirror entityAnnotation, boolean tablePerClass,
                   SingleTable.Hierarchy singleTable, String database, TableAnnotation table, String tableName,
                   String qualifiedTable, MappedEntity.Names names, List<MappedColumn> columns,
                   Map<TypeElement, List<MappedColumn>> byEntity,
                   Map<TypeElement, List<Association>> subclassAssociations, SingleTable.Discriminator discriminator,
                   List<Association> associations, JoinedKeys.Key joinedKey, List<MappedColumn> ids,
                   PrimaryKey primaryKey, AssociationMapper.Mapped derived, MappedEntity keyReading) {

    EntityDraft {
        columns = List.copyOf(columns);
        associations = List.copyOf(associations);
        ids = List.copyOf(ids);
    }

    String className() {
        return entity.getSimpleName().toString();
    }

    /** The entity as its relationships' owner. */
    AssociationMapper.Owner owner() {
        return new AssociationMapper.Owner(entity, database, tableName, names, ids, qualifiedTable);
    }
}
