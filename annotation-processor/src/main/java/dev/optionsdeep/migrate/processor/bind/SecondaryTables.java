package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;
import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.TableValues.JoinColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@code @SecondaryTable}s, as Hibernate 7.4 makes them: the columns whose {@code @Column(table)} or
 * {@code @JoinColumn(table)} names one go there, nullable unless they say {@code nullable = false}
 * (primitives too, as the row may be missing); the table is keyed by the entity's key columns (renamed
 * by {@code pkJoinColumns}) with a foreign key to the entity's table; foreign keys of its join columns
 * go with them.
 */
final class SecondaryTables {

    /** The entity's columns, those of its main table and those of each secondary table. */
    record Split(List<MappedColumn> primary, Map<String, Secondary> secondaries) {
    }

    /** @param declaredBy the entity whose {@code @SecondaryTable} it is: the root or a {@code SINGLE_TABLE} subclass */
    record Secondary(String name, TableAnnotation annotation, List<MappedColumn> columns, TypeElement declaredBy) {
    }

    private final Elements elements;
    private final Naming naming;

    SecondaryTables(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /**
     * The columns by table; null after reporting a table that is not declared, or a declaration Migrate cannot map.
     *
     * @param subclasses the {@code SINGLE_TABLE} subclasses of {@code entity}, whose columns share its table: a
     *                   {@code @SecondaryTable} one of them declares is joined to that table by its key, as Hibernate
     *                   joins it (checked with 6.6, 7.2 and 7.4), and holds the columns that name it
     */
    Split split(TypeElement entity, List<TypeElement> subclasses, String tableName, List<MappedColumn> columns,
                Report report) {
        Map<String, Secondary> secondaries = new LinkedHashMap<>();
        List<TypeElement> declaring = new ArrayList<>(List.of(entity));
        declaring.addAll(subclasses);
        for (TypeElement by : declaring) {
            if (!declared(by, secondaries, report)) {
                return null;
            }
        }
        List<MappedColumn> primary = new ArrayList<>();
        for (MappedColumn c : columns) {
            String written = explicitTable(c);
            PhysicalNames.Resolved name = written.isEmpty() ? null : naming.declared(written);
            if (name == null || name.ok() && name.name().equals(tableName)) {
                primary.add(c);
            } else if (name.ok() && secondaries.containsKey(name.name())) {
                secondaries.get(name.name()).columns().add(c);
            } else {
                report.error(Code.INVALID_ATTRIBUTE_VALUE, entity.getSimpleName() + "." + c.path() + " names the table \""
                        + written + "\", which is neither the table of " + entity.getSimpleName() + " (" + tableName
                        + ") nor one of its @SecondaryTable " + secondaries.keySet() + ". Declare it with"
                        + " @SecondaryTable(name = \"" + written + "\") on " + entity.getSimpleName()
                        + ", or correct the name", c.columnHost(), c.columnAnnotation());
                return null;
            }
        }
        return new Split(primary, secondaries);
    }

    /** Adds the {@code @SecondaryTable}s {@code by} declares; false after reporting one Migrate cannot map. */
    private boolean declared(TypeElement by, Map<String, Secondary> secondaries, Report report) {
        for (TableAnnotation declared : Mapping.of(by, elements).declaredSecondaryTables()) {
            AnnotationMirror m = declared.mirror();
            if (!supported(by, declared, report)) {
                return false;
            }
            PhysicalNames.Resolved name = naming.declared(declared.name());
            if (!name.ok()) {
                report.error(Code.INVALID_NAME, "The secondary table name \"" + declared.name() + "\" of @Entity "
                        + by.getSimpleName() + " cannot be used: " + name.problem(), by, m,
                        declared.written().get("name"));
                return false;
            }
            if (secondaries.containsKey(name.name())) {
                report.error(Code.DUPLICATE_TABLE, "@Entity " + by.getSimpleName() + " declares the secondary table "
                        + name.name() + ", which " + secondaries.get(name.name()).declaredBy().getSimpleName()
                        + " of its hierarchy declares too: Migrate does not map one secondary table declared twice"
                        + " in a hierarchy. Declare it once, on the entity whose columns it holds",
                        by, m, declared.written().get("name"));
                return false;
            }
            secondaries.put(name.name(), new Secondary(name.name(), declared, new ArrayList<>(), by));
        }
        return true;
    }

    /**
     * The secondary tables, taking from {@code foreignKeys} (of the main table) those of their join
     * columns; null after reporting a problem.
     */
    List<Table> tables(TypeElement entity, String tableName, String qualifiedTable, List<MappedColumn> ids, Split split,
                       List<ForeignKey> foreignKeys, Report report) {
        List<Table> out = new ArrayList<>();
        for (Secondary s : split.secondaries().values()) {
            // Read and reported at the entity that declares it, keyed by the hierarchy's key all the same.
            List<Column> columns = keyColumns(s.declaredBy(), s, ids, report);
            Table table = columns == null ? null
                    : table(s.declaredBy(), tableName, qualifiedTable, ids, s, columns, foreignKeys, report);
            if (table == null) {
                return null;
            }
            out.add(table);
        }
        return out;
    }

    /** The secondary table's key columns, named by its {@code pkJoinColumns} or as the main table's; null after reporting. */
    private List<Column> keyColumns(TypeElement entity, Secondary s, List<MappedColumn> ids, Report report) {
        List<JoinColumnAnnotation> joins = s.annotation().pkJoinColumns();
        if (!joins.isEmpty() && joins.size() != ids.size()) {
            report.error(Code.INVALID_RELATIONSHIP, "@SecondaryTable(name = \"" + s.annotation().name()
                    + "\") of " + entity.getSimpleName() + " has " + joins.size() + " pkJoinColumns, but the key of "
                    + entity.getSimpleName() + " has " + ids.size() + " columns. Give one per key column", entity,
                    s.annotation().mirror());
            return null;
        }
        joins = joins.isEmpty() ? joins : byReferencedColumn(entity, s, joins, ids, report);
        if (joins == null) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String name = ids.get(i).column().name();
            if (!joins.isEmpty()) {
                String written = joins.get(i).name();
                PhysicalNames.Resolved resolved = written.isEmpty() ? null : naming.declared(written);
                if (resolved != null && !resolved.ok()) {
                    report.error(Code.INVALID_NAME, "The key column name \"" + written + "\" of the secondary table "
                            + s.name() + " cannot be used: " + resolved.problem(), entity, s.annotation().mirror(),
                            joins.get(i).item());
                    return null;
                }
                name = resolved == null ? name : resolved.name();
            }
            columns.add(new Column(name, ids.get(i).column().type(), false, false));
        }
        return columns;
    }

    /**
     * The {@code pkJoinColumns} in the order of the key columns: as written, unless they name the key column each
     * one joins ({@code referencedColumnName}), which Hibernate 7.4 matches by name (checked with its export). Null
     * after reporting one that names no key column.
     */
    private List<JoinColumnAnnotation> byReferencedColumn(TypeElement entity, Secondary s,
                                                          List<JoinColumnAnnotation> joins, List<MappedColumn> ids,
                                                          Report report) {
        if (joins.stream().allMatch(j -> j.referencedColumnName().isEmpty())) {
            return joins;
        }
        JoinColumnAnnotation[] ordered = new JoinColumnAnnotation[ids.size()];
        for (JoinColumnAnnotation join : joins) {
            String referenced = join.referencedColumnName().strip();
            int at = -1;
            for (int i = 0; i < ids.size() && !referenced.isEmpty(); i++) {
                if (referenced.equalsIgnoreCase(ids.get(i).logicalName())
                        || referenced.equalsIgnoreCase(ids.get(i).column().name())) {
                    at = i;
                }
            }
            if (at < 0 || ordered[at] != null) {
                report.error(Code.INVALID_RELATIONSHIP, "The pkJoinColumns of @SecondaryTable(name = \""
                        + s.annotation().name() + "\") of " + entity.getSimpleName() + " name \"" + referenced
                        + "\", which is no key column of " + entity.getSimpleName() + " (or one already joined): "
                        + ids.stream().map(c -> c.column().name()).toList() + ". Name one of those, or remove"
                        + " referencedColumnName", entity, s.annotation().mirror(), join.item());
                return null;
            }
            ordered[at] = join;
        }
        return List.of(ordered);
    }

    /** The secondary table with its key columns: its own columns, keys and constraints; null after reporting. */
    private Table table(TypeElement entity, String tableName, String qualifiedTable, List<MappedColumn> ids, Secondary s,
                        List<Column> columns, List<ForeignKey> foreignKeys, Report report) {
        List<String> key = columns.stream().map(Column::name).toList();
        s.columns().forEach(c -> columns.add(c.column()));
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (MappedColumn c : s.columns()) {
            if (c.unique()) {
                List<String> one = List.of(c.column().name());
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(s.name(), one, "key"), one));
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        // In the default schema even for an entity in a named one, as Hibernate 7.4 exports it.
        ForeignKey toMain = toMain(entity, s, key, qualifiedTable, ids, report);
        if (toMain == JoinColumnReader.INVALID) {
            return null;
        }
        if (toMain != null) {
            keys.add(toMain);
        }
        Set<String> own = Set.copyOf(s.columns().stream().map(c -> c.column().name()).toList());
        for (ForeignKey f : List.copyOf(foreignKeys)) {
            if (own.containsAll(f.columns())) {
                foreignKeys.remove(f);
                boolean implicit = f.name().equals(PhysicalNames.constraintName(tableName, f.columns(), "fkey"));
                keys.add(implicit ? new ForeignKey(PhysicalNames.constraintName(s.name(), f.columns(), "fkey"),
                        f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete()) : f);
            }
        }
        // The checks of its columns (enums, converters, @Column(check), @Check) go with them.
        Optional<List<dev.optionsdeep.migrate.schema.CheckConstraint>> checks =
                CheckReader.columnsOf(elements, entity, s.name(), report).read(s.columns(), List.of());
        if (checks.isEmpty()) {
            return null;
        }
        // Its uniqueConstraints and indexes, read as an entity's @Table's over its own columns.
        List<MappedColumn> named = columns.stream()
                .map(c -> new MappedColumn(c.name(), null, null, c, false, false, null, null, c.name())).toList();
        Optional<ConstraintReader.Constraints> declared = new ConstraintReader(elements, naming, entity, s.annotation(),
                s.name(), named, report).read();
        if (declared.isEmpty()) {
            return null;
        }
        uniques.addAll(declared.get().uniqueConstraints());
        // In the default schema unless @SecondaryTable(schema), whatever the entity's (checked with 7.4).
        return new Table(Table.qualified(TableExtras.schema(s.annotation(), naming), s.name()), columns,
                new PrimaryKey(PhysicalNames.primaryKeyName(s.name()), key), uniques, declared.get().indexes(), keys,
                checks.get());
    }

    private ForeignKey toMain(TypeElement entity, Secondary s, List<String> key, String tableName,
                              List<MappedColumn> ids, Report report) {
        ForeignKeyAnnotation fk = s.annotation().foreignKey();
        String name = PhysicalNames.constraintName(s.name(), key, "fkey");
        if (fk != null) {
            if (fk.noConstraint()) {
                return null;
            }
            if (!fk.name().isEmpty()) {
                PhysicalNames.Resolved resolved = PhysicalNames.declared(fk.name());
                if (!resolved.ok()) {
                    report.error(Code.INVALID_NAME, "The foreign key name \"" + fk.name() + "\" of the"
                            + " secondary table " + s.name() + " cannot be used: " + resolved.problem(), entity,
                            s.annotation().mirror());
                    return JoinColumnReader.INVALID;
                }
                name = resolved.name();
            }
        }
        return new ForeignKey(name, key, tableName, ids.stream().map(c -> c.column().name()).toList());
    }

    /** {@code table} as written in the column's {@code @Column} or {@code @JoinColumn}, or empty. */
    private static String explicitTable(MappedColumn c) {
        if (c.columnAnnotation() == null) {
            return "";
        }
        return ColumnAnnotations.explicitTable(c.columnAnnotation());
    }

    private boolean supported(TypeElement entity, TableAnnotation declared, Report report) {
        String schema = declared.schema();
        if (!schema.isEmpty() && TableExtras.schema(declared, naming) == null) {
            report.error(Code.INVALID_NAME, "The schema name \"" + schema + "\" of @SecondaryTable(name = \""
                    + declared.name() + "\") on " + entity.getSimpleName() + " cannot be used: it is no valid"
                    + " name, or holds a dot, which Migrate reads as the one between schema and table. Correct it",
                    entity, declared.mirror(), declared.written().get("schema"));
            return false;
        }
        for (java.util.Map.Entry<String, String> refused : declared.refused().entrySet()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@SecondaryTable(" + refused.getKey() + " = \""
                    + refused.getValue() + "\") on " + entity.getSimpleName() + " is not supported yet by"
                    + " Migrate. Remove it", entity, declared.mirror(), declared.written().get(refused.getKey()));
            return false;
        }
        if (!declared.checks().isEmpty()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@SecondaryTable(check = ...) on "
                    + entity.getSimpleName() + " is not supported yet by Migrate. Remove it", entity,
                    declared.mirror(), declared.written().get("check"));
            return false;
        }
        return true;
    }
}
