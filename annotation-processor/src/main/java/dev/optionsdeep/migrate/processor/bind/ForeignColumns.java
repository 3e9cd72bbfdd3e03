package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.PhysicalNames;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the columns a {@code @OneToMany @JoinColumn} adds to the table of the entity it references
 * into that table, with their foreign key, as do the position columns of such lists (and of a
 * {@code mappedBy} side's) with their check. A column the table already has (the target maps it
 * itself, read-only or as its {@code @ManyToOne}, or another list put it there) is one column to
 * Hibernate 7.4: the one already there, as it is, and a foreign key over the same columns to the same
 * table is made once (checked with 7.4). Then the columns a table's {@code @Table} indexes and unique
 * constraints name that its entity does not map must be there ({@link ConstraintReader.Unresolved}).
 */
final class ForeignColumns {

    private ForeignColumns() {
    }

    static List<ModelBinder.Result> merge(List<ModelBinder.Result> results) {
        List<ModelBinder.Result> out = new ArrayList<>(results);
        for (ModelBinder.Result owner : results) {
            if (owner.mapped() == null) {
                continue;
            }
            for (MappedEntity.ForeignColumn f : owner.mapped().foreignColumns()) {
                for (int i = 0; i < out.size(); i++) {
                    ModelBinder.Result r = out.get(i);
                    if (r.mapped() != null && r.mapped().element().equals(f.target())
                            && r.mapped().joinTableOf() == null) {
                        out.set(i, add(r, f, owner));
                    }
                }
            }
        }
        out.replaceAll(ForeignColumns::resolved);
        return out;
    }

    /**
     * The entity with the constraints its {@code @Table} declares on columns other entities add, or none after
     * reporting those columns its table still lacks.
     */
    private static ModelBinder.Result resolved(ModelBinder.Result r) {
        if (r.mapped() == null || r.mapped().deferred().columns().isEmpty()) {
            return r;
        }
        Table table = r.mapped().table();
        ConstraintReader.Deferred deferred = r.mapped().deferred();
        List<String> names = table.columns().stream().map(Column::name).toList();
        boolean complete = true;
        for (ConstraintReader.Unresolved u : deferred.columns()) {
            if (!names.contains(u.name())) {
                u.report(r.report(), names);
                complete = false;
            }
        }
        if (!complete) {
            return new ModelBinder.Result(r.entity(), null, r.report(), false);
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        uniques.addAll(deferred.uniques());
        List<dev.optionsdeep.migrate.schema.Index> indexes = new ArrayList<>(table.indexes());
        indexes.addAll(deferred.indexes());
        Table merged = new Table(table.name(), table.columns(), table.primaryKey(), uniques, indexes,
                table.foreignKeys(), table.checks(), table.comment());
        return new ModelBinder.Result(r.entity(), r.mapped().withTable(merged)
                .withDeferred(ConstraintReader.Deferred.NONE), r.report(), r.complete());
    }

    private static ModelBinder.Result add(ModelBinder.Result target, MappedEntity.ForeignColumn f,
                                          ModelBinder.Result owner) {
        Table table = target.mapped().table();
        if (f.column() == null) {
            return withUniqueKey(target, f.referencedKey());
        }
        Column column = f.column().column();
        boolean present = table.column(column.name()).isPresent();
        List<Column> columns = new ArrayList<>(table.columns());
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        List<CheckConstraint> checks = new ArrayList<>(table.checks());
        if (!present) {
            columns.add(column);
            if (f.column().unique()) {
                List<String> cols = List.of(column.name());
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(table.localName(), cols, "key"), cols));
            }
            if (f.column().check() != null) {
                checks.add(new CheckConstraint(PhysicalNames.constraintName(table.localName(), List.of(column.name()),
                        "check"), f.column().check()));
            }
        }
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        ForeignKey fk = f.foreignKey();
        if (fk != null && keys.stream().noneMatch(k -> k.columns().equals(fk.columns())
                && k.referencedTable().equals(fk.referencedTable()))) {
            if (keys.stream().anyMatch(k -> k.name().equals(fk.name()))) {
                owner.report().error(Code.DUPLICATE_CONSTRAINT_NAME, owner.entity().getSimpleName() + "."
                        + f.column().path() + " gives table " + table.name() + " a foreign key named "
                        + fk.name() + ", which it already has. Name it with @JoinColumn(foreignKey ="
                        + " @ForeignKey(name = \"...\"))", f.at(), f.annotation());
                return new ModelBinder.Result(target.entity(), null, target.report(), false);
            }
            keys.add(fk);
        }
        Table merged = new Table(table.name(), columns, table.primaryKey(), uniques, table.indexes(), keys,
                checks, table.comment());
        return new ModelBinder.Result(target.entity(), target.mapped().withTable(merged), target.report(), true);
    }

    /**
     * The table with a unique key over {@code columns}, unless a key or unique constraint of it covers exactly those:
     * Hibernate makes the columns a to-one references unique when they are not the target's key, once per set of
     * columns (checked with 7.4; parity model pkjoinref).
     */
    private static ModelBinder.Result withUniqueKey(ModelBinder.Result target, List<String> columns) {
        Table table = target.mapped().table();
        java.util.Set<String> wanted = java.util.Set.copyOf(columns);
        boolean covered = table.primaryKey() != null && java.util.Set.copyOf(table.primaryKey().columns()).equals(wanted)
                || table.uniqueConstraints().stream().anyMatch(u -> java.util.Set.copyOf(u.columns()).equals(wanted));
        if (covered) {
            return target;
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        uniques.add(new UniqueConstraint(PhysicalNames.constraintName(table.localName(), columns, "key"), columns));
        Table merged = new Table(table.name(), table.columns(), table.primaryKey(), uniques, table.indexes(),
                table.foreignKeys(), table.checks(), table.comment());
        return new ModelBinder.Result(target.entity(), target.mapped().withTable(merged), target.report(),
                target.complete());
    }
}
