package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.HibernateLine;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The position column of a list with {@code @OrderColumn}, as Hibernate 7.4 makes it: in the list's
 * join or collection table, or in the target's table for a one-to-many, with its {@code >= 0} check.
 */
final class OrderColumns {

    private final Elements elements;
    private final Naming naming;
    private final HibernateLine line;

    OrderColumns(Elements elements, Naming naming, HibernateLine line) {
        this.line = line;
        this.elements = elements;
        this.naming = naming;
    }

    /**
     * The position column of a list with {@code @OrderColumn}: its {@code name}, else {@code <attribute>_ORDER};
     * an {@code integer}, not null as part of the table's key. Null after reporting.
     */
    JoinColumnReader.Joined orderColumn(JoinColumnReader.Context context) {
        Element element = context.association().attribute().element();
        Mapping.OrderColumn order = Mapping.of(element, elements).orderColumn().orElseThrow();
        for (Map.Entry<String, String> refused : order.refused().entrySet()) {
            context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@OrderColumn(" + refused.getKey() + " = \""
                    + refused.getValue() + "\") on " + context.where() + " is not supported yet by Migrate."
                    + " Remove it", element, order.mirror(), order.refusedValues().get(refused.getKey()));
            return null;
        }
        String written = order.name().isEmpty() ? context.association().attribute().name() + "_ORDER" : order.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The order column name \"" + written + "\" of " + context.where()
                    + " cannot be used: " + name.problem() + ". Set it with @OrderColumn(name = \"...\")", element,
                    order.mirror());
            return null;
        }
        String stripped = written.strip();
        return new JoinColumnReader.Joined(new Column(name.name(), dev.optionsdeep.migrate.schema.SqlTypes.INTEGER,
                false, false), name.name(), HibernateColumnOrder.sortName(written, naming), false, element, order.mirror(),
                PhysicalNames.isQuoted(stripped) ? stripped.substring(1, stripped.length() - 1) : stripped);
    }

    /**
     * Hibernate's check on a position, {@code <column> >= 0} (or the list's first index, Hibernate's
     * {@code @ListIndexBase}), named as PostgreSQL names it.
     */
    /** Whether the positions are checked, as Hibernate 7.4 checks them (6.6 and 7.2 do not). */
    boolean checksPositions() {
        return line.checksListPositions();
    }

    static CheckConstraint positionCheck(String table, JoinColumnReader.Joined position) {
        return new CheckConstraint(PhysicalNames.constraintName(table, List.of(position.column().name()), "check"),
                dev.optionsdeep.migrate.postgres.Identifiers.quote(position.column().name()) + " >= "
                        + listIndexBase(position.host()));
    }

    /** Hibernate's {@code @ListIndexBase} of a list, else 0: the check on its positions starts there (checked with 7.4). */
    private static int listIndexBase(Element list) {
        return Mapping.written(list).listIndexBase();
    }

    boolean foreignPosition(JoinColumnReader.Context context, MappedEntity target,
                                    List<MappedEntity.ForeignColumn> foreign) {
        JoinColumnReader.Joined position = orderColumn(context);
        if (position == null) {
            return false;
        }
        Association a = context.association();
        // Nullable unless @OrderColumn(nullable = false) (checked with 7.4).
        Column column = position.column().withNullable(Mapping.of(position.host(), elements).orderColumn()
                .map(Mapping.OrderColumn::nullable).orElse(true));
        foreign.add(new MappedEntity.ForeignColumn(target.element(), new MappedColumn(a.path(), a.attribute(),
                a.origin(), column, false, false, position.host(), position.annotation(), position.logicalName(),
                checksPositions() ? dev.optionsdeep.migrate.postgres.Identifiers.quote(column.name()) + " >= "
                        + listIndexBase(position.host()) : null, false),
                null,
                a.attribute().element(), position.annotation()));
        return true;
    }
}
