package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.IndexAnnotation;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.UniqueAnnotation;

import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Table(indexes, uniqueConstraints)} and {@code @Column(unique = true)} into named
 * indexes and unique constraints. Names we choose follow PostgreSQL's own scheme
 * ({@code <table>_<columns>_idx}, {@code <table>_<columns>_key}) so that they never churn.
 */
final class ConstraintReader {

    /** One {@code columnList} entry: a column, then an optional direction. */
    private static final Pattern ORDERED_COLUMN = Pattern.compile("(?is)(.+?)(?:\\s+(ASC|DESC))?");

    /**
     * @param deferred in the deferring reading ({@link #readDeferring}), the constraints and indexes naming columns
     *                 the table does not have yet; none otherwise
     */
    record Constraints(List<UniqueConstraint> uniqueConstraints, List<Index> indexes, Deferred deferred) {

        Constraints(List<UniqueConstraint> uniqueConstraints, List<Index> indexes) {
            this(uniqueConstraints, indexes, Deferred.NONE);
        }
    }

    /**
     * Unique constraints and indexes of an entity's {@code @Table} naming columns it does not map ({@code columns}),
     * added to its table once the columns of other entities' {@code @OneToMany @JoinColumn} are ({@link ForeignColumns}).
     */
    record Deferred(List<UniqueConstraint> uniques, List<Index> indexes, List<Unresolved> columns) {

        static final Deferred NONE = new Deferred(List.of(), List.of(), List.of());

        Deferred {
            uniques = List.copyOf(uniques);
            indexes = List.copyOf(indexes);
            columns = List.copyOf(columns);
        }
    }

    /**
     * A column an index or unique constraint of an entity's {@code @Table} names that the entity does not map:
     * Hibernate 7.4 accepts it when another entity's {@code @OneToMany @JoinColumn} adds that column to the
     * table (checked with its export), so it is checked once those columns are merged ({@link ForeignColumns}).
     */
    record Unresolved(String name, String written, String attribute, TypeElement entity, TableAnnotation table,
                      AnnotationValue value, String tableName) {

        /** Reports the column as unknown to the table, whose columns are {@code columnNames}. */
        void report(Report report, List<String> columnNames) {
            unknown(report, written, name, attribute, entity, table, value, tableName, columnNames);
        }
    }

    private final Elements elements;
    private final Naming naming;
    private final TypeElement entity;
    private final TableAnnotation table;
    private final String tableName;
    private final List<MappedColumn> columns;
    private final Report report;
    /** Where the deferring reading puts the columns the table does not have yet; null in the strict one. */
    private List<Unresolved> unresolved;

    /** @param table the entity's {@code @Table}, or null */
    ConstraintReader(Elements elements, Naming naming, TypeElement entity, TableAnnotation table, String tableName,
                     List<MappedColumn> columns, Report report) {
        this.elements = elements;
        this.naming = naming;
        this.entity = entity;
        this.table = table;
        this.tableName = tableName;
        this.columns = columns;
        this.report = report;
    }

    /**
     * Like {@link #read}, but a column the table does not have is taken as one another entity's relationship
     * adds to it: what names it is in the result's {@code deferred}, for the caller to add after the merge.
     */
    Optional<Constraints> readDeferring() {
        unresolved = new ArrayList<>();
        Optional<Constraints> read = read();
        if (read.isEmpty() || unresolved.isEmpty()) {
            return read;
        }
        java.util.Set<String> later = unresolved.stream().map(Unresolved::name).collect(Collectors.toSet());
        java.util.function.Predicate<List<String>> waits = names -> names.stream()
                .anyMatch(n -> later.contains(n.endsWith(" DESC") ? n.substring(0, n.length() - 5) : n));
        Constraints all = read.get();
        return Optional.of(new Constraints(
                all.uniqueConstraints().stream().filter(u -> !waits.test(u.columns())).toList(),
                all.indexes().stream().filter(i -> !waits.test(i.columns())).toList(),
                new Deferred(all.uniqueConstraints().stream().filter(u -> waits.test(u.columns())).toList(),
                        all.indexes().stream().filter(i -> waits.test(i.columns())).toList(), unresolved)));
    }

    /** The table's constraints and indexes, or empty after reporting what is wrong with them. */
    Optional<Constraints> read() {
        boolean ok = true;
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (MappedColumn c : columns) {
            if (c.unique()) {
                List<String> column = List.of(c.column().name());
                uniques.add(new UniqueConstraint(PhysicalNames.constraintName(tableName, column, "key"), column));
            }
        }
        naturalId().ifPresent(uniques::add);
        List<Index> indexes = new ArrayList<>();
        java.util.Set<String> uniqueColumns = UniqueColumns.marked(columns, elements);
        if (table != null) {
            for (UniqueAnnotation written : table.uniqueConstraints()) {
                UniqueConstraint u = uniqueConstraint(written);
                ok &= u != null;
                if (u != null && !UniqueColumns.repeats(u, uniqueColumns)) {
                    uniques.add(u);
                }
            }
            for (IndexAnnotation written : table.indexes()) {
                Index i = index(written);
                ok &= i != null;
                if (i != null && i.unique()) {
                    UniqueConstraint u = asUniqueConstraint(i, written.item());
                    if (!UniqueColumns.repeats(u, uniqueColumns)) {
                        uniques.add(u);
                    }
                } else if (i != null) {
                    indexes.add(i);
                }
            }
        }
        // One on exactly the key's columns stays for now: SchemaCollector drops it and orders the key as it lists
        // them, as Hibernate does (its primary key takes such a unique key as its "ordering unique key").
        List<UniqueConstraint> distinctUniques = distinct(uniques, UniqueConstraint::name);
        List<Index> distinctIndexes = distinct(indexes, Index::name);
        if (!ok || distinctUniques == null || distinctIndexes == null) {
            return Optional.empty();
        }
        return Optional.of(new Constraints(distinctUniques, distinctIndexes));
    }

    /**
     * Hibernate 7.4 makes the {@code @NaturalId} attributes (basic or {@code @ManyToOne}, mutable or
     * not) one unique constraint without a name, so PostgreSQL names it, its columns in the order of
     * the attributes' names, as Hibernate sorts attributes (checked).
     */
    private Optional<UniqueConstraint> naturalId() {
        List<MappedColumn> marked = new ArrayList<>(); // a loop, not a stream: most tables have none
        for (MappedColumn c : columns) {
            // Columns that no attribute declares (a list's position, a map's key) are never natural ids.
            if (c.attribute() != null && Mapping.written(c.attribute().element()).naturalId()) {
                marked.add(c);
            }
        }
        if (marked.isEmpty()) {
            return Optional.empty();
        }
        List<String> natural = marked.stream().sorted(java.util.Comparator.comparing(MappedColumn::path))
                .map(c -> c.column().name()).distinct().toList();
        return natural.isEmpty() ? Optional.empty()
                : Optional.of(new UniqueConstraint(PhysicalNames.constraintName(tableName, natural, "key"), natural));
    }

    /**
     * Hibernate exports {@code @Index(unique = true)} as a unique constraint, not a unique index, and
     * parity with Hibernate's schema is the rule. A constraint has no column order, so DESC is dropped
     * (with a warning); an unnamed one gets the constraint name PostgreSQL would give it.
     */
    private UniqueConstraint asUniqueConstraint(Index index, AnnotationValue value) {
        List<String> names = index.columns().stream().map(c -> c.endsWith(" DESC") ? c.substring(0, c.length() - 5) : c).toList();
        if (!names.equals(index.columns())) {
            report.warning(Code.IGNORED_ATTRIBUTE, "@Index(unique = true) of " + entity.getSimpleName() + " becomes a unique"
                    + " constraint, as Hibernate makes it, and a constraint has no column order: DESC is ignored", entity,
                    table.mirror(), value);
        }
        String name = index.name().equals(PhysicalNames.constraintName(tableName, names, "idx"))
                ? PhysicalNames.constraintName(tableName, names, "key") : index.name();
        return new UniqueConstraint(name, names);
    }

    private UniqueConstraint uniqueConstraint(UniqueAnnotation u) {
        AnnotationValue value = u.item();
        if (!supported(u.options(), value, "@UniqueConstraint")) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String written : u.columnNames()) {
            String name = column(written, u.columnsAt(), "@UniqueConstraint(columnNames)");
            if (name == null) {
                return null;
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "A @UniqueConstraint of " + entity.getSimpleName()
                    + " names no columns: list them in columnNames", entity, table.mirror(), value);
            return null;
        }
        String name = name(u.name(), value, names, "key");
        return name == null ? null : new UniqueConstraint(name, names);
    }

    private Index index(IndexAnnotation i) {
        AnnotationValue value = i.item();
        if (!supported(i.options(), value, "@Index")) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String written : i.columnList().split(",", -1)) {
            Matcher m = ORDERED_COLUMN.matcher(written.strip());
            if (!m.matches()) {
                report.error(Code.INVALID_ATTRIBUTE_VALUE, "@Index(columnList = \"" + i.columnList()
                        + "\") of " + entity.getSimpleName() + " has an empty entry: list column names separated by"
                        + " commas, each optionally followed by ASC or DESC", entity, table.mirror(), value);
                return null;
            }
            String name = column(m.group(1), i.columnsAt(), "@Index(columnList)");
            if (name == null) {
                return null;
            }
            names.add(name);
            // ASC is the default order, so it is dropped: "ticker ASC" and "ticker" are the same index.
            entries.add("DESC".equalsIgnoreCase(m.group(2)) ? name + " DESC" : name);
        }
        String name = name(i.name(), value, names, "idx");
        return name == null ? null : new Index(name, entries, i.unique());
    }

    /** The physical name of the column {@code written} refers to, or null after reporting an unknown one. */
    private String column(String written, AnnotationValue value, String attribute) {
        PhysicalNames.Resolved ref = naming.referenced(written);
        if (ref.ok()) {
            for (MappedColumn c : columns) {
                if (c.column().name().equals(ref.name())) {
                    return ref.name();
                }
            }
        }
        if (ref.ok() && unresolved != null) {
            unresolved.add(new Unresolved(ref.name(), written, attribute, entity, table, value, tableName));
            return ref.name();
        }
        unknown(report, written, ref.ok() ? ref.name() : null, attribute, entity, table, value, tableName,
                MappedColumn.names(columns));
        return null;
    }

    /** @param resolved the physical name {@code written} stands for, or null when it has none */
    private static void unknown(Report report, String written, String resolved, String attribute, TypeElement entity,
                                TableAnnotation table, AnnotationValue value, String tableName, List<String> columnNames) {
        String hint = columnNames.stream()
                .filter(n -> resolved != null && n.equalsIgnoreCase(resolved))
                .findFirst()
                .map(n -> " PostgreSQL reads the unquoted name " + written.strip() + " as " + resolved
                        + ", but the column is \"" + n + "\" (quoted): write it as \\\"" + n + "\\\"")
                .or(() -> UnknownColumnHints.of(written, columnNames))
                .orElse(" Its columns are: " + String.join(", ", columnNames) + ".");
        report.error(Code.UNKNOWN_COLUMN, attribute + " of " + entity.getSimpleName() + " names the column \""
                + written.strip() + "\", which table " + tableName + " does not have." + hint,
                entity, table.mirror(), value);
    }

    private String name(String written, AnnotationValue value, List<String> columnNames, String suffix) {
        if (written.isEmpty()) {
            return PhysicalNames.constraintName(tableName, columnNames, suffix);
        }
        PhysicalNames.Resolved resolved = PhysicalNames.declared(written);
        if (!resolved.ok()) {
            report.error(Code.INVALID_NAME, "The name \"" + written + "\" in @Table of " + entity.getSimpleName()
                    + " cannot be used: " + resolved.problem(), entity, table.mirror(), value);
            return null;
        }
        return resolved.name();
    }

    /** JPA 3.2's {@code options} are raw SQL appended to the DDL, which Migrate cannot model. */
    private boolean supported(String options, AnnotationValue value, String what) {
        if (options.isEmpty()) {
            return true;
        }
        report.error(Code.UNSUPPORTED_ATTRIBUTE, what + "(options = \"" + options + "\") of "
                + entity.getSimpleName() + " is not supported yet by Migrate: it cannot tell what SQL Hibernate"
                + " creates from it. Remove the options", entity, table.mirror(), value);
        return false;
    }

    /**
     * Keeps one of several identical constraints (such as {@code unique = true} and a
     * {@code @UniqueConstraint} on the same column); null after reporting two different ones of one name.
     */
    private <T> List<T> distinct(List<T> items, java.util.function.Function<T, String> name) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            T same = null;
            String itemName = name.apply(item);
            for (T o : out) { // per table: a loop, not a stream
                if (name.apply(o).equals(itemName)) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(item);
            } else if (!same.equals(item)) {
                report.error(Code.DUPLICATE_CONSTRAINT_NAME, "Table " + tableName + " of " + entity.getSimpleName()
                        + " would get two different indexes or constraints named " + itemName + " (" + same
                        + " and " + item + "). Give one of them another name", entity,
                        table == null ? null : table.mirror());
                return null;
            }
        }
        return out;
    }
}
