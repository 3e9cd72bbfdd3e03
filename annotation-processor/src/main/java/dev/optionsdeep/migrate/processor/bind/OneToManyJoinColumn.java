package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Naming;

import dev.optionsdeep.migrate.schema.ForeignKey;

import java.util.List;

import javax.lang.model.util.Elements;

/**
 * A unidirectional {@code @OneToMany @JoinColumn}: the join columns, a list's position and a map's key
 * go into the target's table, not into a join table.
 */
final class OneToManyJoinColumn {

    private final Elements elements;
    private final Naming naming;
    private final AttributeMapper attributes;
    private final JoinColumnReader joinColumns;
    private final RelationshipAnnotations annotations;
    private final OrderColumns orders;

    OneToManyJoinColumn(Elements elements, Naming naming, AttributeMapper attributes, JoinColumnReader joinColumns,
                        RelationshipAnnotations annotations, OrderColumns orders) {
        this.elements = elements;
        this.naming = naming;
        this.attributes = attributes;
        this.joinColumns = joinColumns;
        this.annotations = annotations;
        this.orders = orders;
    }

    /** The columns it puts into the target's table; false after reporting. */
    boolean map(JoinColumnReader.Context context, MappedEntity target, CollectionKind kind, Targets targets,
                List<MappedEntity.ForeignColumn> foreign) {
        boolean ok = joinColumns(context, target, kind, foreign);
        if (kind != CollectionKind.MAP) {
            return ok;
        }
        List<MappedEntity.ForeignColumn> key = new MapKeys(elements, naming, attributes).inTargetTable(context, target,
                targets);
        if (key != null) {
            foreign.addAll(key);
        }
        return ok && key != null;
    }

    /**
     * A unidirectional {@code @OneToMany @JoinColumn}: the column and its foreign key go into the target's
     * table, and so does the position of a list with {@code @OrderColumn}: nullable (even when the join
     * column is not) unless {@code @OrderColumn(nullable = false)}, and checked {@code >= 0} (checked with 7.4).
     */
    private boolean joinColumns(JoinColumnReader.Context context, MappedEntity target, CollectionKind kind,
                                        List<MappedEntity.ForeignColumn> foreign) {
        MappedEntity ownerAsTarget = context.owner().asTarget();
        List<JoinColumnReader.Joined> joined = joinColumns.read(context, ownerAsTarget,
                context.association().attribute().name(), true);
        if (joined == null) {
            return false;
        }
        List<String> names = joined.stream().map(j -> j.column().name()).toList();
        ForeignKey fk = joinColumns.foreignKey(context, target.table().localName(), names, context.owner().qualifiedTable(),
                joined.stream().map(JoinColumnReader.Joined::referenced).toList(), annotations.onDelete(context.association()));
        if (fk == JoinColumnReader.INVALID) {
            return false;
        }
        for (int i = 0; i < joined.size(); i++) {
            JoinColumnReader.Joined j = joined.get(i);
            MappedColumn column = new MappedColumn(context.association().path(), context.association().attribute(),
                    context.association().origin(), j.column(), false, j.unique(), j.host(), j.annotation(),
                    j.logicalName());
            foreign.add(new MappedEntity.ForeignColumn(target.element(), column, i == joined.size() - 1 ? fk : null,
                    context.association().attribute().element(), context.association().annotation()));
        }
        return kind != CollectionKind.LIST || orders.foreignPosition(context, target, foreign);
    }
}
