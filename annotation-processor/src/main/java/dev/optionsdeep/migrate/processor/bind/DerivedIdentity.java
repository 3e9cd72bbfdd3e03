package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The primary key of an entity whose identity derives from relationships (JPA 3.1 §2.4.1), as
 * Hibernate 7.4 exports it (each form checked against its export): a {@code @MapsId} to-one's join
 * columns take the place of the id columns it names ({@code @MapsId} alone: the whole id;
 * {@code @MapsId("orderId")}: the {@code @EmbeddedId}'s attribute {@code orderId}, every column of it
 * if it is an embeddable); an {@code @Id} to-one (the {@code @IdClass} form) adds its join columns to
 * the key. A composite key is then in Hibernate's column order.
 */
public final class DerivedIdentity {

    private final Elements elements;
    private final Naming naming;

    DerivedIdentity(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /**
     * The key columns, or null after reporting a {@code @MapsId} value that names no part of the id.
     *
     * @param ids          the columns of the entity's own {@code @Id} / {@code @EmbeddedId} attributes
     * @param associations the relationships deriving the key
     * @param derived      their join columns, as {@link AssociationMapper} mapped them
     * @return the key, with which of {@code ids} it no longer holds in {@link Key#replaced()}
     */
    Key key(String className, List<MappedColumn> ids, List<Association> associations, List<MappedColumn> derived,
            Report report) {
        List<MappedColumn> replaced = new ArrayList<>();
        List<MappedColumn> columns = new ArrayList<>(derived);
        java.util.Set<MappedColumn> sizedByDefault = new java.util.HashSet<>();
        for (Association a : associations) {
            Element element = a.attribute().element();
            Mapping.Text mapsId = Mapping.of(element, elements).mapsId().orElse(null);
            if (mapsId == null) {
                continue; // @Id on the relationship: its columns join the key
            }
            String value = mapsId.value();
            List<MappedColumn> named = ids.stream().filter(c -> value.isEmpty() || names(c.path(), value)).toList();
            if (named.isEmpty()) {
                report.error(Code.UNKNOWN_ATTRIBUTE, "@MapsId(\"" + value + "\") on " + a.where(className)
                        + " names no attribute of the id of " + className + " (its id columns come from "
                        + ids.stream().map(MappedColumn::path).collect(Collectors.joining(", ")) + "), so Hibernate"
                        + " refuses it. Name the attribute of the @EmbeddedId class this relationship's key fills",
                        element, mapsId.mirror());
                return null;
            }
            replaced.addAll(named);
            if (!value.isEmpty()) {
                explicitColumnsIntoPart(a, named, columns, sizedByDefault);
            }
        }
        List<MappedColumn> key = new ArrayList<>(ids);
        key.removeAll(replaced);
        key.addAll(columns);
        if (key.size() > 1) {
            key = HibernateColumnOrder.sortedKey(key, naming,
                    c -> sizedByDefault.contains(c) && c.column().type().startsWith("character varying(")
                            ? "character varying(255)" : c.column().type());
        }
        return new Key(List.copyOf(key), List.copyOf(replaced), List.copyOf(columns));
    }

    /**
     * Hibernate 7.4 copies a named part of an {@code @EmbeddedId} into {@code @JoinColumn}s written on the
     * relationship as columns of {@code @JoinColumn}'s own default size: a varchar key column ordered as
     * {@code varchar(255)}, and, for a basic part, created as one too (checked with 7.4's export).
     */
    private static void explicitColumnsIntoPart(Association a, List<MappedColumn> named, List<MappedColumn> columns,
                                                java.util.Set<MappedColumn> sizedByDefault) {
        boolean basicPart = named.size() == 1;
        for (int i = 0; i < columns.size(); i++) {
            MappedColumn c = columns.get(i);
            if (!c.attribute().equals(a.attribute()) || c.columnAnnotation() == null
                    || !JpaAnnotations.simpleName(c.columnAnnotation()).equals("JoinColumn")) {
                continue;
            }
            if (basicPart && c.column().type().startsWith("character varying(")) {
                c = new MappedColumn(c.path(), c.attribute(), c.origin(), new dev.optionsdeep.migrate.schema.Column(
                        c.column().name(), "character varying(255)", c.column().nullable(), c.column().identity()),
                        c.id(), c.unique(), c.columnHost(), c.columnAnnotation(), c.logicalName(), c.check(), c.converted());
                columns.set(i, c);
            }
            sizedByDefault.add(c);
        }
    }

    /** Whether the id column at {@code path} ({@code id.orderId}, {@code id.empPK.firstName}) is in attribute {@code value}. */
    private static boolean names(String path, String value) {
        int dot = path.indexOf('.');
        String inId = dot < 0 ? path : path.substring(dot + 1);
        return inId.equals(value) || inId.startsWith(value + ".");
    }

    /** @param derived the relationships' join columns as the table holds them */
    record Key(List<MappedColumn> columns, List<MappedColumn> replaced, List<MappedColumn> derived) {
    }
}
