package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.EnversAnnotations;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * The audit tables Envers adds for audited collections' join and collection tables ({@link AuditTables} makes
 * the entities'), each rule checked with the exports of Hibernate 6.6, 7.2 and 7.4 with their Envers:
 *
 * <ul>
 * <li>a set, bag, ordered list or map of values or entities {@code J} gets {@code J_AUD} ({@code @AuditJoinTable}
 * renames it): every column of {@code J}, all not null (a list's position and a map's key included), {@code REV}
 * and {@code REVTYPE}; its primary key is {@code REV} and every other column, in Hibernate's order of key columns
 * (by size, then by name, where Envers' {@code REV} is upper case); an enum's check stays, a list position's
 * {@code >= 0} does not;</li>
 * <li>a set of embeddables: the embeddable's columns nullable and {@code SETORDINAL} (see {@link #embeddableSet}).</li>
 * </ul>
 */
final class AuditJoinTables {

    /** An enum's check as {@link EnumChecks} spells it: {@code c in ('A','B')} or {@code c between 0 and n}. */
    private static final Pattern ENUM_CHECK = Pattern.compile("(\"?[^\" ]+\"?) (in \\('.*'\\)|between 0 and \\d+)");

    private final Elements elements;
    private final EnversAnnotations envers;
    private final AuditTables audits;

    AuditJoinTables(Elements elements, EnversAnnotations envers, AuditTables audits) {
        this.elements = elements;
        this.envers = envers;
        this.audits = audits;
    }

    /** The audit table of an audited collection's join or collection table; null when it is not audited. */
    Table table(MappedEntity mapped, AuditTables.Revisions revisions, Report report) {
        Element attribute = mapped.joinTableOf();
        if (attribute instanceof javax.lang.model.element.TypeElement || !envers.audited(mapped.element(), attribute)) {
            return null; // a secondary table, or a collection Envers leaves alone
        }
        if (Mapping.of(attribute, elements).toOne()) {
            // A @ManyToOne or @OneToOne with @JoinTable: Hibernate's secondary table of the owner, whose audit table
            // Migrate has not checked against Envers.
            return unmapped(mapped, "the @JoinTable of a to-one relationship", report);
        }
        if (envers.embeddableMap(attribute)) {
            return unmapped(mapped, "a Map of or keyed by embeddables", report);
        }
        Table table = mapped.table();
        String name = audits.auditName(attribute, "AuditJoinTable", table.name());
        String rev = audits.revisionField();
        if (envers.embeddables(attribute)) {
            return embeddableSet(mapped, name, rev, revisions, report);
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            columns.add(AuditTables.copy(c, false));
        }
        columns.add(new Column(rev, revisions.type(), false, false));
        columns.add(Column.of(audits.revisionTypeField(), "smallint"));
        List<Column> keyed = new ArrayList<>(table.columns());
        keyed.add(new Column(rev, revisions.type(), false, false));
        String revSortName = HibernateColumnOrder.sortName(audits.settingsRevisionField(), audits.naming());
        List<String> key = keyed.stream().sorted(Comparator.<Column>comparingInt(c -> Math.max(HibernateColumnOrder.size(c.type()), 4))
                .thenComparing(c -> HibernateColumnOrder.size(c.type()) > 2048)
                .thenComparing(c -> c.name().equals(rev) ? revSortName : c.name())).map(Column::name).toList();
        List<ForeignKey> foreignKeys = new ArrayList<>(List.of(AuditTables.revisionKey(name, rev, revisions)));
        audits.revisionEnd(name, revisions, columns, foreignKeys);
        return new Table(name, columns, new PrimaryKey(PhysicalNames.primaryKeyName(AuditTables.local(name)), key),
                List.of(), List.of(), foreignKeys, enumChecks(table, name));
    }

    /** The enum checks of the table, which Envers keeps as the columns keep their types, named for the audit table. */
    private static List<CheckConstraint> enumChecks(Table table, String auditTable) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            Matcher m = ENUM_CHECK.matcher(check.expression());
            if (m.matches()) {
                String column = m.group(1).replace("\"", "");
                checks.add(new CheckConstraint(PhysicalNames.constraintName(AuditTables.local(auditTable),
                        List.of(column), "check"), check.expression()));
            }
        }
        return checks;
    }

    private static Table unmapped(MappedEntity mapped, String what, Report report) {
        Element attribute = mapped.joinTableOf();
        report.warning(Code.UNSUPPORTED_FIELD_MAPPING, "Migrate does not map the audit table Envers adds for " + what
                + ", so the audit table of " + mapped.element().getSimpleName() + "." + attribute.getSimpleName()
                + " is left out. Exclude it and create it in a revision by hand, or mark the attribute @NotAudited",
                attribute, null, null);
        return null;
    }

    /**
     * The audit table of a set of embeddables: the owner's key columns, the embeddable's columns nullable, and
     * {@code SETORDINAL} numbering the elements of one revision; the primary key {@code (REVTYPE, SETORDINAL, REV,
     * owner key…)}, {@code REVTYPE} then not null. Another kind of collection of embeddables is reported.
     */
    private Table embeddableSet(MappedEntity mapped, String name, String rev, AuditTables.Revisions revisions,
                                Report report) {
        Element attribute = mapped.joinTableOf();
        String collection = ((DeclaredType) EnversAnnotations.attributeType(attribute)).asElement().toString();
        Table table = mapped.table();
        if (!List.of("java.util.Set", "java.util.SortedSet").contains(collection) || table.foreignKeys().size() != 1) {
            return unmapped(mapped, "a " + collection + " of embeddables (Migrate maps a Set of them)", report);
        }
        List<String> owner = table.foreignKeys().get(0).columns();
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            columns.add(AuditTables.copy(c, !owner.contains(c.name())));
        }
        String revtype = audits.revisionTypeField();
        String ordinal = audits.physical("SETORDINAL");
        columns.add(new Column(rev, revisions.type(), false, false));
        columns.add(new Column(revtype, "smallint", false, false));
        columns.add(new Column(ordinal, "integer", false, false));
        List<String> key = new ArrayList<>(List.of(revtype, ordinal, rev));
        key.addAll(owner);
        List<ForeignKey> foreignKeys = new ArrayList<>(List.of(AuditTables.revisionKey(name, rev, revisions)));
        audits.revisionEnd(name, revisions, columns, foreignKeys);
        return new Table(name, columns, new PrimaryKey(PhysicalNames.primaryKeyName(AuditTables.local(name)), key),
                List.of(), List.of(), foreignKeys, List.of());
    }
}
