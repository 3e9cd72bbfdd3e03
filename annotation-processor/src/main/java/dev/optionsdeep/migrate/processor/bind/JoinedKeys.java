package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.TableValues.JoinColumnAnnotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The key of a JOINED subclass's table: its parent's key columns, renamed by
 * {@code @PrimaryKeyJoinColumn}, with a foreign key to the parent's table (checked with Hibernate 7.4).
 */
final class JoinedKeys {

    /** The key columns of a JOINED subclass's table, with its foreign key to the parent's table (null: none). */
    record Key(List<MappedColumn> columns, dev.optionsdeep.migrate.schema.ForeignKey foreignKey) {
    }

    private final Elements elements;
    private final Naming naming;

    JoinedKeys(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /**
     * The parent's key columns, named by {@code @PrimaryKeyJoinColumn} or as in the parent's table, with
     * their types, not null; or null after reporting a problem.
     */
    Key key(TypeElement entity, EntityDraft parent, String tableName, List<MappedColumn> own, Report report) {
        Optional<MappedColumn> ownId = own.stream().filter(MappedColumn::id).findFirst();
        if (ownId.isPresent()) {
            report.error(Code.UNSUPPORTED_INHERITANCE, "@Id on " + entity.getSimpleName() + "." + ownId.get().path()
                    + ": in a JOINED hierarchy the key of every table is the root's, so Hibernate ignores or refuses an"
                    + " @Id in a subclass. Remove it; rename the subclass's key column with @PrimaryKeyJoinColumn(name ="
                    + " \"...\") on " + entity.getSimpleName(), ownId.get().attribute().element(),
                    Mapping.written(ownId.get().attribute().element()).idAnnotation().orElse(null));
            return null;
        }
        List<JoinColumnAnnotation> joins = Mapping.of(entity, elements).declaredPrimaryKeyJoinColumns();
        List<MappedColumn> parentKey = parent.ids();
        if (!joins.isEmpty() && joins.size() != parentKey.size()) {
            report.error(Code.INVALID_RELATIONSHIP, entity.getSimpleName() + " has " + joins.size() + " @PrimaryKeyJoinColumn,"
                    + " but the key of " + parent.entity().getSimpleName() + " has " + parentKey.size() + " columns."
                    + " Give one per key column", entity, joins.get(0).mirror());
            return null;
        }
        List<JoinColumnAnnotation> ordered = joins.isEmpty() ? null : byReferencedColumn(entity, parent, joins, report);
        if (!joins.isEmpty() && ordered == null) {
            return null;
        }
        List<MappedColumn> key = new ArrayList<>();
        for (int i = 0; i < parentKey.size(); i++) {
            JoinColumnAnnotation join = ordered == null ? null : ordered.get(i);
            MappedColumn column = keyColumn(entity, parentKey.get(i), join, report);
            if (column == null) {
                return null;
            }
            key.add(column);
        }
        List<String> names = key.stream().map(c -> c.column().name()).toList();
        String fkName = PhysicalNames.constraintName(tableName, names, "fkey");
        ForeignKeyAnnotation foreignKey = joins.isEmpty() ? null : joins.get(0).foreignKey();
        if (foreignKey != null) {
            if (foreignKey.noConstraint()) {
                return new Key(key, null);
            }
            if (!foreignKey.name().isEmpty()) {
                PhysicalNames.Resolved resolved = PhysicalNames.declared(foreignKey.name());
                if (!resolved.ok()) {
                    report.error(Code.INVALID_NAME, "The foreign key name \"" + foreignKey.name() + "\" of "
                            + entity.getSimpleName() + " cannot be used: " + resolved.problem(), entity, joins.get(0).mirror());
                    return null;
                }
                fkName = resolved.name();
            }
        }
        return new Key(key, new dev.optionsdeep.migrate.schema.ForeignKey(fkName, names, parent.qualifiedTable(),
                parentKey.stream().map(c -> c.column().name()).toList()));
    }

    /**
     * The {@code @PrimaryKeyJoinColumn}s in the order of the parent's key columns: paired as written with the key's
     * attributes by name (see {@link KeyPairing#order}), unless they name the
     * key column each one joins ({@code referencedColumnName}), which Hibernate 7.4 matches by name, the logical
     * name of the parent's column or its physical one. Null after reporting one that names no key column.
     */
    private List<JoinColumnAnnotation> byReferencedColumn(TypeElement entity, EntityDraft parent, List<JoinColumnAnnotation> joins,
                                                Report report) {
        List<MappedColumn> parentKey = parent.ids();
        if (joins.stream().allMatch(j -> j.referencedColumnName().isEmpty())) {
            List<MappedColumn> paired = KeyPairing.order(parentKey);
            JoinColumnAnnotation[] ordered = new JoinColumnAnnotation[parentKey.size()];
            for (int i = 0; i < joins.size(); i++) {
                ordered[parentKey.indexOf(paired.get(i))] = joins.get(i);
            }
            return List.of(ordered);
        }
        JoinColumnAnnotation[] ordered = new JoinColumnAnnotation[parentKey.size()];
        for (JoinColumnAnnotation join : joins) {
            String referenced = join.referencedColumnName().strip();
            int at = -1;
            for (int i = 0; i < parentKey.size() && !referenced.isEmpty(); i++) {
                MappedColumn column = parentKey.get(i);
                if (referenced.equalsIgnoreCase(column.logicalName()) || referenced.equalsIgnoreCase(column.column().name())) {
                    at = i;
                }
            }
            if (at < 0 || ordered[at] != null) {
                report.error(Code.INVALID_RELATIONSHIP, "@PrimaryKeyJoinColumn(referencedColumnName = \"" + referenced
                        + "\") on " + entity.getSimpleName() + " names no key column of " + parent.entity().getSimpleName()
                        + " (or one already joined): the key of a JOINED subclass's table references its parent's key, "
                        + parentKey.stream().map(c -> c.column().name()).toList() + ". Name one of those, or remove"
                        + " referencedColumnName", entity, join.mirror(), join.written().get("referencedColumnName"));
                return null;
            }
            ordered[at] = join;
        }
        return List.of(ordered);
    }

    /** One key column: the parent's, renamed by its {@code @PrimaryKeyJoinColumn} if any; null after reporting. */
    private MappedColumn keyColumn(TypeElement entity, MappedColumn referenced, JoinColumnAnnotation join,
                                   Report report) {
        if (join != null) {
            for (java.util.Map.Entry<String, String> refused : join.refused().entrySet()) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@PrimaryKeyJoinColumn(" + refused.getKey() + " = \""
                        + refused.getValue() + "\") on " + entity.getSimpleName() + " is not supported yet by"
                        + " Migrate. Remove it", entity, join.mirror(), join.written().get(refused.getKey()));
                return null;
            }
        }
        String name = referenced.column().name();
        String logical = referenced.logicalName();
        if (join != null && !join.name().isEmpty()) {
            logical = join.name().strip();
            PhysicalNames.Resolved resolved = naming.declared(join.name());
            if (!resolved.ok()) {
                report.error(Code.INVALID_NAME, "The key column name \"" + join.name() + "\" of "
                        + entity.getSimpleName() + " cannot be used: " + resolved.problem(), entity, join.mirror(),
                        join.written().get("name"));
                return null;
            }
            name = resolved.name();
        }
        return new MappedColumn(referenced.path(), referenced.attribute(), referenced.origin(),
                new dev.optionsdeep.migrate.schema.Column(name, referenced.column().type(), false, false), true,
                false, entity, join == null ? null : join.mirror(), logical, null, referenced.converted());
    }
}
