package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;
import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.MappingValues.HibernateCheck;
import dev.optionsdeep.migrate.processor.read.MappingValues.JpaCheck;

import dev.optionsdeep.migrate.schema.CheckConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The check constraints of one table: those Hibernate adds for enum columns, JPA 3.2's
 * {@code @CheckConstraint} in {@code @Table(check)} and {@code @Column(check)}, and Hibernate's own
 * {@code @Check} on the entity or an attribute. Expressions are kept as written; the snapshot and
 * the diff compare them after normalisation.
 *
 * <p>Hibernate names none of the checks it generates, nor a {@code @CheckConstraint} without a name,
 * so PostgreSQL names them. We name them ourselves, after PostgreSQL's scheme where it is stable:
 * a column's checks {@code <table>_<column>_check}, then {@code _check1}, {@code _check2}; the
 * table's unnamed checks {@code <table>_check}, {@code _check1}, in the order written.
 */
final class CheckReader {

    private final Elements elements;
    private final TypeElement entity;
    private final TableAnnotation table;
    private final String tableName;
    private final Report report;
    /** Whether the entity's own checks ({@code @Table(check)}, its {@code @Check}) belong to this table. */
    private final boolean entityTable;
    private final Set<String> taken = new HashSet<>();
    private boolean ok = true;

    /** @param table the entity's {@code @Table}, or null */
    CheckReader(Elements elements, TypeElement entity, TableAnnotation table, String tableName, Report report) {
        this(elements, entity, table, tableName, report, true);
    }

    private CheckReader(Elements elements, TypeElement entity, TableAnnotation table, String tableName, Report report,
                        boolean entityTable) {
        this.elements = elements;
        this.entity = entity;
        this.table = table;
        this.tableName = tableName;
        this.report = report;
        this.entityTable = entityTable;
    }

    /**
     * For another table of the entity (a secondary or collection table): only the checks of the columns
     * it holds, never the entity's own.
     */
    static CheckReader columnsOf(Elements elements, TypeElement entity, String tableName, Report report) {
        return new CheckReader(elements, entity, null, tableName, report, false);
    }

    /**
     * The table's checks, or empty after reporting what is wrong with them.
     *
     * @param derived checks the table has besides those of its columns and annotations, named already
     */
    Optional<List<CheckConstraint>> read(List<MappedColumn> columns, List<CheckConstraint> derived) {
        List<CheckConstraint> out = new ArrayList<>();
        // Explicit names first, so that a generated name steps aside for them instead of clashing.
        List<Pending> pending = new ArrayList<>();
        for (MappedColumn c : columns) {
            pending.addAll(columnChecks(c));
        }
        pending.addAll(tableChecks());
        for (Pending p : pending) {
            if (p.name != null) {
                add(out, new CheckConstraint(p.name, p.expression), p);
            }
        }
        for (CheckConstraint d : derived) {
            add(out, d, null);
        }
        for (Pending p : pending) {
            if (p.name == null) {
                String name = generatedName(p.column, 0);
                for (int i = 1; taken.contains(name); i++) {
                    name = generatedName(p.column, i);
                }
                add(out, new CheckConstraint(name, p.expression), p);
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** {@code <table>_<column>_check<n>} or, for the table's own checks, {@code <table>_check<n>}; no number for 0. */
    private String generatedName(String column, int number) {
        String suffix = "check" + (number == 0 ? "" : String.valueOf(number));
        return column == null ? PhysicalNames.objectName(tableName, null, suffix)
                : PhysicalNames.constraintName(tableName, List.of(column), suffix);
    }

    /** A check before it has its name; {@code column} is null for a table's check. */
    private record Pending(String name, String expression, String column, Element host, AnnotationMirror mirror,
                           AnnotationValue value) {
    }

    private void add(List<CheckConstraint> out, CheckConstraint check, Pending from) {
        if (!taken.add(check.name())) {
            report.error(Code.DUPLICATE_CONSTRAINT_NAME, "Table " + tableName + " of " + entity.getSimpleName()
                    + " would get two check constraints named " + check.name() + ". Give one of them another name",
                    from == null ? entity : from.host, from == null ? null : from.mirror, from == null ? null : from.value);
            ok = false;
            return;
        }
        out.add(check);
    }

    /**
     * A column's checks: a {@code CHECK} written in its {@code columnDefinition} is a constraint of its own, first
     * (Hibernate writes the definition verbatim); a named one is its own too; every unnamed one Hibernate joins into
     * the column's one {@code check ((a) and (b))} (checked with 7.4's export): {@code @Column(check)}, {@code @Check}
     * on the attribute, then its own check of the values (an enum's, a boolean converter's) with the validation
     * constraints' conditions ({@link MappedColumn#check()}).
     */
    private List<Pending> columnChecks(MappedColumn c) {
        List<Pending> out = new ArrayList<>();
        List<Pending> unnamed = new ArrayList<>();
        String column = c.column().name();
        Pending own = null;
        if (c.check() != null) { // a definition's CHECK, or the values' check and the constraints' (ColumnMapper)
            own = new Pending(null, c.check(), column, c.attribute().element(), null, null);
            if (definesCheck(c)) {
                out.add(own);
                own = null;
            }
        }
        if (c.check() == null && !c.converted()
                && MappedType.of(c.attribute().type()).filter(t -> t == MappedType.ENUM).isPresent()) {
            own = new Pending(null, EnumChecks.check(column, c.attribute().element(), c.attribute().type()), column,
                    c.attribute().element(), null, null);
        }
        if (c.columnAnnotation() != null) {
            for (JpaCheck check : ColumnAnnotations.checks(c.columnAnnotation(), elements)) {
                Pending p = checkConstraint(check, column, c.columnHost(), c.columnAnnotation(), "@Column(check) of "
                        + c.attribute().declaringType().getSimpleName() + "." + c.path());
                if (p != null) {
                    (p.name == null ? unnamed : out).add(p);
                }
            }
        }
        for (HibernateCheck check : Mapping.of(c.attribute().element(), elements).checks()) {
            Pending p = hibernateCheck(check, column, c.attribute().element(), "@Check on "
                    + c.attribute().declaringType().getSimpleName() + "." + c.path());
            if (p != null) {
                (p.name == null ? unnamed : out).add(p);
            }
        }
        if (own != null) {
            unnamed.add(own);
        }
        if (unnamed.size() == 1) {
            out.add(unnamed.get(0));
        } else if (unnamed.size() > 1) {
            String joined = String.join(" and ", unnamed.stream().map(p -> "(" + p.expression + ")").toList());
            Pending first = unnamed.get(0);
            out.add(new Pending(null, joined, column, first.host, first.mirror, first.value));
        }
        return out;
    }

    /** Whether the column's {@code columnDefinition} has a {@code CHECK}, which then is {@link MappedColumn#check()}. */
    private boolean definesCheck(MappedColumn c) {
        return c.columnAnnotation() != null && ColumnAnnotations.definition(c.columnAnnotation(), elements)
                .toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bcheck\\s*\\(.*");
    }

    private List<Pending> tableChecks() {
        List<Pending> out = new ArrayList<>();
        if (!entityTable) {
            return out;
        }
        if (table != null) {
            for (JpaCheck check : table.checks()) {
                Pending p = checkConstraint(check, null, entity, table.mirror(), "@Table(check) of "
                        + entity.getSimpleName());
                if (p != null) {
                    out.add(p);
                }
            }
        }
        for (HibernateCheck check : Mapping.of(entity, elements).checks()) {
            Pending p = hibernateCheck(check, null, entity, "@Check on " + entity.getSimpleName());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** JPA 3.2's {@code @CheckConstraint(name, constraint, options)}; null after reporting. */
    private Pending checkConstraint(JpaCheck check, String column, Element host, AnnotationMirror outer,
                                    String where) {
        AnnotationValue value = check.item();
        if (!check.options().isEmpty()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@CheckConstraint(options = \"" + check.options() + "\") in "
                    + where + " is not supported yet by Migrate: it cannot tell what SQL Hibernate creates from it."
                    + " Remove the options", host, outer, check.optionsValue() != null ? check.optionsValue() : value);
            ok = false;
            return null;
        }
        return pending(check.name(), check.constraint(), "constraint", column, host, outer, value,
                check.constraintValue() != null ? check.constraintValue() : value, "@CheckConstraint", where);
    }

    /** Hibernate's {@code @Check(name, constraints)}; null after reporting. */
    private Pending hibernateCheck(HibernateCheck check, String column, Element host, String where) {
        return pending(check.name(), check.constraints(), "constraints", column, host, check.mirror(), null,
                check.constraintsValue(), "@Check", where);
    }

    private Pending pending(String writtenName, String expression, String attribute, String column, Element host,
                            AnnotationMirror mirror, AnnotationValue value, AnnotationValue expressionValue,
                            String annotation, String where) {
        if (expression.isBlank()) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, annotation + " in " + where + " has no condition: write it in "
                    + attribute + ", for example " + attribute + " = \"price >= 0\"", host, mirror,
                    expressionValue != null ? expressionValue : value);
            ok = false;
            return null;
        }
        String name = null;
        if (!writtenName.isEmpty()) {
            PhysicalNames.Resolved resolved = PhysicalNames.declared(writtenName);
            if (!resolved.ok()) {
                report.error(Code.INVALID_NAME, "The name \"" + writtenName + "\" of " + annotation + " in " + where
                        + " cannot be used: " + resolved.problem(), host, mirror, value);
                ok = false;
                return null;
            }
            name = resolved.name();
        }
        return new Pending(name, expression.strip(), column, host, mirror, value);
    }
}
