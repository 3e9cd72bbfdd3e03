package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.EnversSettings;
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
 * A {@code TABLE_PER_CLASS} entity's audit table is a root's (an abstract one with audited subclasses has none).
 * The settings the application gives Envers ({@link EnversSettings}) rename and place the tables and the revision
 * columns, and the validity strategy adds {@code REVEND}. The collections' audit tables are {@link AuditJoinTables}'.
 * What Migrate does not know to map exactly is reported, and the snapshot is incomplete.
 */
public final class AuditTables {

    private final Elements elements;
    private final Naming naming;
    private final EnversSettings settings;
    private final EnversAnnotations envers;
    private final AuditJoinTables collections;

    public AuditTables(Elements elements, Naming naming, EnversSettings settings) {
        this.elements = elements;
        this.naming = naming;
        this.settings = settings;
        this.envers = new EnversAnnotations(elements);
        this.collections = new AuditJoinTables(elements, envers, this);
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
            if (mapped == null && r.complete() && r.entity().getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
                    && envers.audited(r.entity()) && !auditedBelow(r.entity(), tables)) {
                out.add(new ModelBinder.Result(r.entity(), null, abstractRoot(r.entity()), true));
            }
            if (mapped == null || mapped.generatorTable() || !envers.audited(r.entity())) {
                continue;
            }
            Revisions revision = revisions.computeIfAbsent(mapped.database(), d -> revisions(d, tables, r.entity(), out));
            Report report = new Report();
            Table audit = mapped.joinTableOf() == null ? entityTable(mapped, tables, joinTables, revision, report)
                    : collections.table(mapped, revision, report);
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

    /** Whether an audited entity with a table extends {@code entity}. */
    private boolean auditedBelow(TypeElement entity, Map<TypeElement, MappedEntity> tables) {
        return tables.keySet().stream().anyMatch(e -> envers.audited(e) && AttributeCollector.entityAncestors(e).contains(entity));
    }

    /**
     * An abstract TABLE_PER_CLASS entity no audited entity extends: Envers gives it an audit table of its own
     * (with the subclasses audited, it has none, as Hibernate gives an abstract entity with subclasses no table), whose
     * columns Migrate does not know, since the entity has no table.
     */
    private static Report abstractRoot(TypeElement entity) {
        Report report = new Report();
        report.warning(Code.UNSUPPORTED_ENTITY_MAPPING, "Envers adds an audit table for the abstract @Entity "
                + entity.getSimpleName() + " because no audited entity extends it, and Migrate does not map it. Mark its"
                + " subclasses @Audited (then Envers audits each in its own table), or exclude it and create the table in"
                + " a revision by hand", entity, null, null);
        return report;
    }

    /** Where {@code REV} points: {@code REVINFO}, added to {@code out} once per database, or the revision entity. */
    record Revisions(String table, String column, String type) {
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
        // Envers puts REVINFO in its default_schema too (its sequence stays in the default schema: checked with 7.4).
        String table = Table.qualified(settings.defaultSchema().isEmpty() ? null : physical(settings.defaultSchema()),
                physical("REVINFO"));
        Table revinfo = new Table(table, List.of(new Column(rev, "integer", false, false),
                Column.of(physical("REVTSTMP"), "bigint")), new PrimaryKey(PhysicalNames.primaryKeyName(local(table)),
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
        if (!ancestorsAudited(entity, ancestors, report)) {
            return null;
        }
        // A TABLE_PER_CLASS entity's audit table is a root's: every audited column of its own table, REVTYPE, and
        // REV referencing REVINFO (checked with Envers 6.6, 7.2 and 7.4).
        Table table = mapped.table();
        String name = auditName(entity, "AuditTable", table.name());
        List<String> keys = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        String rev = revisionField();
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
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<String> key = new ArrayList<>(List.of(rev));
        key.addAll(keys);
        if (joined) {
            foreignKeys.add(new ForeignKey(PhysicalNames.constraintName(local(name), key, "fkey"), key,
                    auditName(parent.element(), "AuditTable", parent.table().name()), parentKey(rev, parent)));
        } else {
            columns.add(Column.of(revisionTypeField(), "smallint"));
            foreignKeys.add(revisionKey(name, rev, revisions));
            revisionEnd(name, revisions, columns, foreignKeys);
        }
        return new Table(name, columns, new PrimaryKey(PhysicalNames.primaryKeyName(local(name)), key), List.of(),
                List.of(), foreignKeys, checks);
    }

    /** Whether the entities {@code entity} extends are audited too, as Envers requires at start-up; else reported. */
    private boolean ancestorsAudited(TypeElement entity, List<TypeElement> ancestors, Report report) {
        for (TypeElement ancestor : ancestors) {
            if (!envers.audited(ancestor)) {
                report.warning(Code.UNSUPPORTED_INHERITANCE, "Envers refuses to start: @Entity " + entity.getSimpleName()
                        + " is audited, but the entity it extends, " + ancestor.getSimpleName() + ", is not. Mark "
                        + ancestor.getSimpleName() + " @Audited too, or remove @Audited from " + entity.getSimpleName(),
                        entity, envers.audited(entity, "Audited"), null);
                return false;
            }
        }
        return true;
    }

    private static List<String> parentKey(String rev, MappedEntity parent) {
        List<String> key = new ArrayList<>(List.of(rev));
        key.addAll(parent.table().primaryKey().columns());
        return key;
    }

    private static String propertyName(Element attribute) {
        return attribute instanceof javax.lang.model.element.ExecutableElement m ? AttributeCollector.propertyName(m)
                : attribute.getSimpleName().toString();
    }

    static ForeignKey revisionKey(String table, String rev, Revisions revisions) {
        return new ForeignKey(PhysicalNames.constraintName(local(table), List.of(rev), "fkey"), List.of(rev),
                revisions.table(), List.of(revisions.column()));
    }

    /** A column as an audit table has it: the same type, without identity, default and comment. */
    static Column copy(Column c, boolean nullable) {
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
    String auditName(Element at, String annotation, String table) {
        EnversAnnotations.Named named = envers.auditTable(at, annotation);
        String given = named.name();
        // As Envers: the annotation's schema, else org.hibernate.envers.default_schema, else the table's.
        String schema = !named.schema().isEmpty() ? physical(named.schema())
                : !settings.defaultSchema().isEmpty() ? physical(settings.defaultSchema()) : Table.schemaOf(table);
        return Table.qualified(schema, physical(given.isEmpty() ? settings.prefix() + local(table) + settings.suffix() : given));
    }

    static String local(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    /** {@code REV}, or {@code org.hibernate.envers.revision_field_name}. */
    String revisionField() {
        return physical(settings.revisionField());
    }

    /** {@code REVTYPE}, or {@code org.hibernate.envers.revision_type_field_name}. */
    String revisionTypeField() {
        return physical(settings.revisionTypeField());
    }

    /**
     * With the validity audit strategy, the revision that ended a row's validity: {@code REVEND}, referencing the
     * revisions as {@code REV} does, and with {@code store_revend_timestamp} its time, {@code REVEND_TSTMP}.
     */
    void revisionEnd(String table, Revisions revisions, List<Column> columns, List<ForeignKey> foreignKeys) {
        if (!settings.validity()) {
            return;
        }
        String end = physical(settings.revisionEndField());
        columns.add(Column.of(end, revisions.type()));
        if (settings.revisionEndTimestamp()) {
            columns.add(Column.of(physical(settings.revisionEndTimestampField()), "timestamp(6) without time zone"));
        }
        foreignKeys.add(new ForeignKey(PhysicalNames.constraintName(local(table), List.of(end), "fkey"), List.of(end),
                revisions.table(), List.of(revisions.column())));
    }

    /** The revision field's name as written in the setting, before naming: Hibernate orders key columns by it. */
    String settingsRevisionField() {
        return settings.revisionField();
    }

    Naming naming() {
        return naming;
    }

    String physical(String written) {
        PhysicalNames.Resolved resolved = naming.declared(written);
        return resolved.ok() ? resolved.name() : written.toLowerCase(java.util.Locale.ROOT);
    }
}
