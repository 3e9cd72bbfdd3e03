package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.BeanValidation;

import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.MappingValues.RelationshipAnnotation;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.List;

/**
 * A {@code @ManyToOne} or owning {@code @OneToOne}: its join columns in the owner's table, unique for a
 * one-to-one, part of the key with {@code @MapsId}, and their foreign key to the target.
 */
final class ToOneMapper {

    private final JoinColumnReader joinColumns;
    private final RelationshipAnnotations annotations;
    private final BeanValidation validation;

    ToOneMapper(JoinColumnReader joinColumns, RelationshipAnnotations annotations, BeanValidation validation) {
        this.joinColumns = joinColumns;
        this.annotations = annotations;
        this.validation = validation;
    }

    /** @param foreign where the unique key it needs in the target's table goes, when it references other columns */
    boolean map(JoinColumnReader.Context context, RelationshipAnnotation relationship, MappedEntity target,
                List<MappedColumn> columns, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys,
                List<MappedEntity.ForeignColumn> foreign) {
        // A @NotNull relationship is not optional to Hibernate's schema either, when a validation provider is there.
        boolean optional = relationship.optional() && !validation.notNull(
                context.association().attribute().element(), context.association().origin());
        List<JoinColumnReader.Joined> joined = joinColumns.read(context, target, context.association().attribute().name(),
                optional);
        if (joined == null) {
            return false;
        }
        List<String> otherColumns = OtherColumnReferences.otherColumns(target, joined);
        if (!otherColumns.isEmpty()) {
            foreign.add(MappedEntity.ForeignColumn.uniqueKey(target.element(), otherColumns,
                    context.association().attribute().element(), joined.get(0).annotation()));
        }
        boolean mapsId = context.association().mapsId();
        // Inside an @EmbeddedId a one-to-one's column stays unique (checked with 7.4), unlike @MapsId's or @Id's.
        boolean oneToOne = context.association().kind() == Association.Kind.ONE_TO_ONE
                && (!mapsId || context.association().inId());
        List<String> names = joined.stream().map(j -> j.column().name()).toList();
        for (JoinColumnReader.Joined j : joined) {
            // Hibernate 7.4 makes the column of a one-to-one unique even with @JoinColumn(unique = false); with
            // @MapsId the column is the primary key, and not null (checked with 7.4).
            boolean unique = joined.size() == 1 && (oneToOne || j.unique() && (!mapsId || context.association().inId()));
            Column column = mapsId ? j.column().withNullable(false) : j.column();
            columns.add(new MappedColumn(context.association().path(), context.association().attribute(),
                    context.association().origin(), column, mapsId, unique, j.host(), j.annotation(), j.logicalName()));
        }
        if (oneToOne && joined.size() > 1) {
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(context.owner().table(), names, "key"), names));
            if (!otherColumns.isEmpty()) {
                // To other columns than the target's key, the one-to-one's columns stay unique even where they are
                // read-only copies of basic attributes' columns (SharedColumns), unlike a reference to the key (checked
                // with 7.4; parity model pkjoinref).
                foreign.add(MappedEntity.ForeignColumn.uniqueKey(context.owner().entity(), names,
                        context.association().attribute().element(), joined.get(0).annotation()));
            }
        }
        ForeignKey fk = joinColumns.foreignKey(context, context.owner().table(), names, target.table().name(),
                joined.stream().map(JoinColumnReader.Joined::referenced).toList(), annotations.onDelete(context.association()));
        if (fk == JoinColumnReader.INVALID) {
            return false;
        }
        // @NotFound: rows may reference missing targets, so Hibernate 7.4 creates no foreign key, named or not.
        if (fk != null && RelationshipAnnotations.notFound(context.association()).isEmpty()) {
            foreignKeys.add(fk);
        }
        return true;
    }
}
