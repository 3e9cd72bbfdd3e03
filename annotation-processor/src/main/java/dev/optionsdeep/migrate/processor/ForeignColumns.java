package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the columns a {@code @OneToMany @JoinColumn} adds to the table of the entity it references
 * into that table, with their foreign key. A column the table already has is reported: Hibernate
 * would map both attributes to it, which the other side should say with {@code mappedBy}.
 */
final class ForeignColumns {

    private ForeignColumns() {
    }

    static List<ModelReader.Result> merge(List<ModelReader.Result> results) {
        List<ModelReader.Result> out = new ArrayList<>(results);
        for (ModelReader.Result owner : results) {
            if (owner.mapped() == null) {
                continue;
            }
            for (MappedEntity.ForeignColumn f : owner.mapped().foreignColumns()) {
                for (int i = 0; i < out.size(); i++) {
                    ModelReader.Result r = out.get(i);
                    if (r.mapped() != null && r.mapped().element().equals(f.target())
                            && r.mapped().joinTableOf() == null) {
                        out.set(i, add(r, f, owner));
                    }
                }
            }
        }
        return out;
    }

    private static ModelReader.Result add(ModelReader.Result target, MappedEntity.ForeignColumn f,
                                          ModelReader.Result owner) {
        Table table = target.mapped().table();
        Column column = f.column().column();
        if (table.column(column.name()).isPresent()) {
            owner.report().error(Code.DUPLICATE_COLUMN, owner.entity().getSimpleName() + "."
                    + f.column().path() + " puts the join column " + column.name() + " into table " + table.name()
                    + " of @Entity " + f.target().getSimpleName() + ", which already has a column of that name."
                    + " If " + f.target().getSimpleName() + " maps this relationship itself, write"
                    + " @OneToMany(mappedBy = \"...\") here instead of @JoinColumn; else give the column another name",
                    f.at(), f.annotation());
            return new ModelReader.Result(target.entity(), null, target.report(), false);
        }
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        if (f.foreignKey() != null) {
            if (keys.stream().anyMatch(k -> k.name().equals(f.foreignKey().name()))) {
                owner.report().error(Code.DUPLICATE_CONSTRAINT_NAME, owner.entity().getSimpleName() + "."
                        + f.column().path() + " gives table " + table.name() + " a foreign key named "
                        + f.foreignKey().name() + ", which it already has. Name it with @JoinColumn(foreignKey ="
                        + " @ForeignKey(name = \"...\"))", f.at(), f.annotation());
                return new ModelReader.Result(target.entity(), null, target.report(), false);
            }
            keys.add(f.foreignKey());
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        if (f.column().unique()) {
            List<String> cols = List.of(column.name());
            uniques.add(new UniqueConstraint(PhysicalNames.constraintName(table.localName(), cols, "key"), cols));
        }
        Table merged = new Table(table.name(), columns, table.primaryKey(), uniques, table.indexes(), keys,
                table.checks(), table.comment());
        return new ModelReader.Result(target.entity(), target.mapped().withTable(merged), target.report(), true);
    }
}
