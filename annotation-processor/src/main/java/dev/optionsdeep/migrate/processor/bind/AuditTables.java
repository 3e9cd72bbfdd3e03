package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;
import dev.optionsdeep.migrate.processor.read.EnversAnnotations;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * The audit tables Hibernate Envers adds to Hibernate's export when it is on the class path, under its
 * default settings ({@code org.hibernate.envers.*}), each rule checked with hibernate-envers 7.4's export:
 *
 * <ul>
 * <li>an audited entity's table {@code T} gets {@code T_AUD} ({@code @AuditTable} renames it): its key
 * columns, {@code REV} ({@code integer not null}) and {@code REVTYPE} ({@code smallint}), then the columns of
 * its audited attributes, all nullable, without identity, defaults, unique constraints or foreign keys; an
 * enum column keeps its check; a {@code SINGLE_TABLE} discriminator stays not null. Its primary key is
 * {@code (REV, key…)}, its one foreign key {@code REV} → {@code REVINFO(REV)};</li>
 * <li>not audited: {@code @NotAudited} attributes, the {@code @Version}, and what a mapped superclass that
 * is not {@code @Audited} (nor named in {@code auditParents}) declares;</li>
 * <li>a {@code JOINED} subclass's audit table has no {@code REVTYPE}, and its key and {@code REV} reference
 * its parent's audit table instead of {@code REVINFO};</li>
 * <li>an audited collection's join or collection table {@code J} gets {@code J_AUD} ({@code @AuditJoinTable}
 * renames it): its columns, all not null, {@code REV} and {@code REVTYPE}, the primary key {@code REV} then
 * the columns by name;</li>
 * <li>{@code REVINFO (REV integer, REVTSTMP bigint)} with the sequence {@code REVINFO_SEQ} (increment 50),
 * unless an entity is the {@code @RevisionEntity}: then {@code REV} references its key.</li>
 * </ul>
 * What Migrate does not know to map exactly (a {@code TABLE_PER_CLASS} hierarchy, an ordered list or a map)
 * is reported, and the snapshot is incomplete.
 */
public final class AuditTables {

    private final Elements elements;
    private final Naming naming;
    private final EnversAnnotations envers;

    public AuditTables(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
        this.envers = new EnversAnnotations(elements);
    }

    /** The results with the audit tables after them; unchanged when Envers is not on the class path. */
    public List<ModelBinder.Result> extend(List<ModelBinder.Result> results) {
        if (!envers.onClassPath()) {
            return results;
        }
        Map<TypeElement, MappedEntity> tables = new LinkedHashMap<>();
        for (ModelBinder.Result r : results) {
            if (r.mapped() != null && r.mapped().joinTableOf() == null && !r.mapped().generatorTable()) {
                tables.put(r.entity(), r.mapped());
            }
        }
        Map<TypeElement, List<Element>> joinTables = new HashMap<>();
        for (ModelBinder.Result r : results) {
            if (r.mapped() != null && r.mapped().joinTableOf() != null && !(r.mapped().joinTableOf() instanceof TypeElement)
                    && !r.mapped().generatorTable()) {
                joinTables.computeIfAbsent(r.entity(), e -> new ArrayList<>()).add(r.mapped().joinTableOf());
            }
        }
        List<ModelBinder.Result> out = new ArrayList<>(results);
        Map<String, Revisions> revisions = new HashMap<>();
        for (ModelBinder.Result r : results) {
            MappedEntity mapped = r.mapped();
            if (mapped == null || mapped.generatorTable() || !envers.audited(r.entity())) {
                continue;
            }
            Revisions revision = revisions.computeIfAbsent(mapped.database(), d -> revisions(d, tables, r.entity(), out));
            Report report = new Report();
            Table audit = mapped.joinTableOf() == null ? entityTable(mapped, tables, joinTables, revision, report)
                    : joinTable(mapped, revision, report);
            if (audit != null) {
                out.add(new ModelBinder.Result(r.entity(), new MappedEntity(mapped.element(), mapped.entityAnnotation(),
                        mapped.database(), audit, List.of(), mapped.names(), List.of(), List.of(), List.of(),
                        mapped.joinTableOf()), report, true));
            } else if (!report.problems().isEmpty()) {
                out.add(new ModelBinder.Result(r.entity(), null, report, true));
            }
        }
        return out;
    }

    /** Where {@code REV} points: {@code REVINFO}, added to {@code out} once per database, or the revision entity. */
    private record Revisions(String table, String column, String type) {
    }

    private Revisions revisions(String database, Map<TypeElement, MappedEntity> tables, TypeElement first,
                                List<ModelBinder.Result> out) {
        for (MappedEntity m : tables.values()) {
            if (m.database().equals(database) && envers.audited(m.element(), "RevisionEntity") != null
                    && m.ids().size() == 1) {
                Column key = m.ids().get(0).column();
                return new Revisions(m.table().name(), key.name(), key.type());
            }
        }
        String rev = physical("REV");
        String table = physical("REVINFO");
        Table revinfo = new Table(table, List.of(new Column(rev, "integer", false, false),
                Column.of(physical("REVTSTMP"), "bigint")), new PrimaryKey(PhysicalNames.primaryKeyName(table),
                List.of(rev)), List.of(), List.of());
        MappedEntity mapped = new MappedEntity(first, null, database, revinfo,
                List.of(new Sequence(physical("REVINFO_SEQ"), 1, 50)), new MappedEntity.Names("REVINFO", "REVINFO"),
                List.of(), List.of(), List.of(), null);
        out.add(new ModelBinder.Result(first, mapped, new Report(), true));
        return new Revisions(table, rev, "integer");
    }

    /** The audit table of an entity's own table; null after reporting what cannot be mapped. */
    private Table entityTable(MappedEntity mapped, Map<TypeElement, MappedEntity> tables,
                              Map<TypeElement, List<Element>> joinTables, Revisions revisions, Report report) {
        TypeElement entity = mapped.element();
        List<TypeElement> ancestors = AttributeCollector.entityAncestors(entity);
        TypeElement root = ancestors.isEmpty() ? entity : ancestors.get(0);
        String strategy = envers.inheritance(root);
        if (!ancestors.isEmpty() && strategy.equals("TABLE_PER_CLASS")) {
            report.warning(Code.UNSUPPORTED_ENTITY_MAPPING, "Migrate does not map the audit tables Envers adds for a"
                    + " TABLE_PER_CLASS hierarchy, so the audit table of @Entity " + entity.getSimpleName() + " is left"
                    + " out. Exclude it and create it in a revision by hand", entity, envers.audited(entity, "Audited"), null);
            return null;
        }
        Table table = mapped.table();
        String name = auditName(entity, "AuditTable", table.name());
        List<String> keys = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        String rev = physical("REV");
        MappedEntity parent = ancestors.isEmpty() ? null : tables.get(ancestors.get(ancestors.size() - 1));
        boolean joined = parent != null && strategy.equals("JOINED");
        List<Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        Map<String, MappedColumn> byName = new HashMap<>();
        mapped.columns().forEach(c -> byName.putIfAbsent(c.column().name(), c));
        java.util.Set<Element> flagged = new java.util.LinkedHashSet<>();
        for (Column c : table.columns()) {
            MappedColumn from = byName.get(c.name());
            if (keys.contains(c.name())) {
                columns.add(copy(c, false));
            } else if (from == null) {
                columns.add(copy(c, c.nullable())); // the discriminator
            } else if (envers.audited(entity, from.origin())) {
                columns.add(copy(c, c.verbatim() == null || c.nullable()));
                enumCheck(from, name).ifPresent(checks::add);
                if (envers.modifiedFlag(entity, from.origin())) {
                    flagged.add(from.origin());
                }
            }
        }
        joinTables.getOrDefault(entity, List.of()).stream().filter(a -> envers.modifiedFlag(entity, a)).forEach(flagged::add);
        flagged.forEach(a -> columns.add(Column.of(physical(propertyName(a) + "_MOD"), "boolean")));
        columns.add(new Column(rev, revisions.type(), false, false));
        if (!joined) {
            columns.add(Column.of(physical("REVTYPE"), "smallint"));
        }
        List<String> key = new ArrayList<>(List.of(rev));
        key.addAll(keys);
        ForeignKey foreignKey = joined
                ? new ForeignKey(PhysicalNames.constraintName(local(name), key, "fkey"), key,
                auditName(parent.element(), "AuditTable", parent.table().name()), parentKey(rev, parent))
                : revisionKey(name, rev, revisions);
        return new Table(name, columns, new PrimaryKey(PhysicalNames.primaryKeyName(local(name)), key), List.of(),
                List.of(), List.of(foreignKey), checks);
    }

    private static List<String> parentKey(String rev, MappedEntity parent) {
        List<String> key = new ArrayList<>(List.of(rev));
        key.addAll(parent.table().primaryKey().columns());
        return key;
    }

    /** The audit table of an audited collection's join or collection table; null when it is not audited. */
    private Table joinTable(MappedEntity mapped, Revisions revisions, Report report) {
        Element attribute = mapped.joinTableOf();
        if (attribute instanceof TypeElement || !envers.audited(mapped.element(), attribute)) {
            return null; // a secondary table, or a collection Envers leaves alone
        }
        if (Mapping.of(attribute, elements).toOne()) {
            // A @ManyToOne or @OneToOne with @JoinTable: Hibernate's secondary table of the owner, whose audit table
            // Migrate has not checked against Envers.
            report.warning(Code.UNSUPPORTED_FIELD_MAPPING, "Migrate does not map the audit table Envers adds for the"
                    + " @JoinTable of a to-one relationship, so the audit table of " + mapped.element().getSimpleName()
                    + "." + attribute.getSimpleName() + " is left out. Exclude it and create it in a revision by"
                    + " hand, or mark the attribute @NotAudited", attribute, null, null);
            return null;
        }
        for (String unmapped : envers.orderOrMapAnnotations(attribute)) {
            if (!unmapped.isEmpty()) {
                report.warning(Code.UNSUPPORTED_FIELD_MAPPING, "Migrate does not map the audit table Envers adds for a"
                        + " collection with @" + unmapped + ", so the audit table of " + mapped.element().getSimpleName()
                        + "." + attribute.getSimpleName() + " is left out. Exclude it and create it in a revision by"
                        + " hand, or mark the attribute @NotAudited", attribute, null, null);
                return null;
            }
        }
        Table table = mapped.table();
        String name = auditName(attribute, "AuditJoinTable", table.name());
        String rev = physical("REV");
        if (envers.embeddables(attribute)) {
            return embeddableSet(mapped, name, rev, revisions, report);
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            columns.add(copy(c, false));
        }
        columns.add(new Column(rev, revisions.type(), false, false));
        columns.add(Column.of(physical("REVTYPE"), "smallint"));
        List<String> key = new ArrayList<>(List.of(rev));
        table.columns().stream().map(Column::name).sorted().forEach(key::add);
        return new Table(name, columns, new PrimaryKey(PhysicalNames.primaryKeyName(local(name)), key), List.of(),
                List.of(), List.of(revisionKey(name, rev, revisions)), List.of());
    }

    /**
     * The audit table of a set of embeddables: the owner's key columns, the embeddable's columns nullable, and
     * {@code SETORDINAL} numbering the elements of one revision; the primary key {@code (REVTYPE, SETORDINAL, REV,
     * owner key…)}, {@code REVTYPE} then not null. Another kind of collection of embeddables is reported.
     */
    private Table embeddableSet(MappedEntity mapped, String name, String rev, Revisions revisions, Report report) {
        Element attribute = mapped.joinTableOf();
        String collection = ((DeclaredType) EnversAnnotations.attributeType(attribute)).asElement().toString();
        Table table = mapped.table();
        if (!List.of("java.util.Set", "java.util.SortedSet").contains(collection) || table.foreignKeys().size() != 1) {
            report.warning(Code.UNSUPPORTED_FIELD_MAPPING, "Migrate maps the audit table Envers adds for a Set of"
                    + " embeddables only, so the audit table of " + mapped.element().getSimpleName() + "."
                    + attribute.getSimpleName() + " (a " + collection + ") is left out. Exclude it and create it in a"
                    + " revision by hand, or mark the attribute @NotAudited", attribute, null, null);
            return null;
        }
        List<String> owner = table.foreignKeys().get(0).columns();
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            columns.add(copy(c, !owner.contains(c.name())));
        }
        String revtype = physical("REVTYPE");
        String ordinal = physical("SETORDINAL");
        columns.add(new Column(rev, revisions.type(), false, false));
        columns.add(new Column(revtype, "smallint", false, false));
        columns.add(new Column(ordinal, "integer", false, false));
        List<String> key = new ArrayList<>(List.of(revtype, ordinal, rev));
        key.addAll(owner);
        return new Table(name, columns, new PrimaryKey(PhysicalNames.primaryKeyName(local(name)), key), List.of(),
                List.of(), List.of(revisionKey(name, rev, revisions)), List.of());
    }

    private static String propertyName(Element attribute) {
        return attribute instanceof javax.lang.model.element.ExecutableElement m ? AttributeCollector.propertyName(m)
                : attribute.getSimpleName().toString();
    }

    private static ForeignKey revisionKey(String table, String rev, Revisions revisions) {
        return new ForeignKey(PhysicalNames.constraintName(local(table), List.of(rev), "fkey"), List.of(rev),
                revisions.table(), List.of(revisions.column()));
    }

    /** A column as an audit table has it: the same type, without identity, default and comment. */
    private static Column copy(Column c, boolean nullable) {
        return new Column(c.name(), c.type(), nullable, false, null, null, c.verbatim());
    }

    /** An enum column's check, which Envers keeps as the column keeps its type. */
    private static Optional<CheckConstraint> enumCheck(MappedColumn column, String table) {
        if (MappedType.of(column.attribute().type()).filter(t -> t == MappedType.ENUM).isEmpty()) {
            return Optional.empty();
        }
        String name = column.column().name();
        return Optional.of(new CheckConstraint(PhysicalNames.constraintName(local(table), List.of(name), "check"),
                EnumChecks.check(name, column.attribute().element(), column.attribute().type())));
    }

    /** The audit table's name: {@code @annotation(value, schema)} on {@code at}, else the table's with {@code _AUD}. */
    private String auditName(Element at, String annotation, String table) {
        EnversAnnotations.Named named = envers.auditTable(at, annotation);
        String given = named.name();
        String schema = named.schema().isEmpty() ? Table.schemaOf(table) : physical(named.schema());
        return Table.qualified(schema, physical(given.isEmpty() ? local(table) + "_AUD" : given));
    }

    private static String local(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    private String physical(String written) {
        PhysicalNames.Resolved resolved = naming.declared(written);
        return resolved.ok() ? resolved.name() : written.toLowerCase(java.util.Locale.ROOT);
    }
}
