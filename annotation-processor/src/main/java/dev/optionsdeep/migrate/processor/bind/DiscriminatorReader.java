package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;

import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.SqlTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The discriminator of a {@code SINGLE_TABLE} hierarchy as Hibernate maps it: a column ({@code @DiscriminatorColumn},
 * by default {@code DTYPE varchar(31) not null}) with a check on the values of the concrete entities (from 7.2 on;
 * none under {@code @DiscriminatorOptions(force = true)}), or a {@code @DiscriminatorFormula}, and each concrete
 * entity's value as an SQL literal.
 */
final class DiscriminatorReader {

    private final Elements elements;
    private final Naming naming;

    DiscriminatorReader(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /** The discriminator of {@code hierarchy}'s table, or null after reporting why there is none. */
    SingleTable.Discriminator discriminator(SingleTable.Hierarchy hierarchy, String tableName, Report report) {
        TypeElement root = hierarchy.root();
        Mapping mapping = Mapping.of(root, elements);
        Mapping.DiscriminatorColumn a = mapping.discriminatorColumn().orElse(null);
        Optional<Mapping.DiscriminatorFormula> formula = mapping.discriminatorFormula();
        if (formula.isPresent()) {
            return formulaDiscriminator(hierarchy, formula.get(), a, report);
        }
        boolean ok = a == null || refusedAttributes(a, root, report);
        String written = a == null || a.name().isEmpty() ? SingleTable.DEFAULT_COLUMN : a.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The discriminator column name \"" + written + "\" of " + root.getSimpleName()
                    + " cannot be used: " + name.problem(), root, a == null ? null : a.mirror(),
                    a == null ? null : a.written().get("name"));
            return null;
        }
        String kind = a == null ? "STRING" : a.discriminatorType();
        int length = a == null ? SingleTable.DEFAULT_LENGTH : a.length();
        String type = switch (kind) {
            case "CHAR" -> "character(1)";
            case "INTEGER" -> SqlTypes.INTEGER;
            default -> SqlTypes.varchar(length);
        };
        Map<TypeElement, String> literals = literals(hierarchy, kind, false, report);
        if (!ok || literals == null) {
            return null;
        }
        String column = Identifiers.quote(name.name());
        List<String> ordered = new ArrayList<>();
        List<TypeElement> order = new ArrayList<>();
        order.add(root);
        order.addAll(hierarchy.hibernateOrder(root));
        order.stream().filter(literals::containsKey).forEach(e -> ordered.add(literals.get(e)));
        boolean forced = mapping.discriminatorOptions().map(Mapping.DiscriminatorOptions::force).orElse(false);
        boolean anyValue = anyValue(hierarchy);
        Optional<CheckConstraint> check = ordered.isEmpty() || anyValue || forced ? Optional.empty()
                : Optional.of(new CheckConstraint(PhysicalNames.constraintName(tableName, List.of(name.name()), "check"),
                column + " in (" + String.join(",", ordered) + ")"));
        Column defined = DiscriminatorDefinition.apply(a, new Column(name.name(), type, false, false), root, report);
        return defined == null ? null : new SingleTable.Discriminator(defined, null, check, literals);
    }

    /**
     * A {@code @DiscriminatorFormula}'s discriminator, as Hibernate 6.6, 7.2 and 7.4 export it (their
     * {@code AnnotatedDiscriminatorColumn} and {@code DiscriminatorColumnSecondPass}; checked with their exports): no
     * column, no check on the values (a check cannot hold a formula); values typed by the formula's
     * {@code discriminatorType}, or by a {@code @DiscriminatorColumn}'s when the formula's is {@code STRING}, whose other
     * attributes then count for nothing. A subclass's check on its required columns starts from the formula.
     */
    private SingleTable.Discriminator formulaDiscriminator(SingleTable.Hierarchy hierarchy, Mapping.DiscriminatorFormula formula,
                                               Mapping.DiscriminatorColumn column, Report report) {
        String kind = formula.discriminatorType().equals("STRING") && column != null ? column.discriminatorType()
                : formula.discriminatorType();
        Map<TypeElement, String> literals = literals(hierarchy, kind, true, report);
        return literals == null ? null : new SingleTable.Discriminator(null, formula.value(), Optional.empty(), literals);
    }

    private static boolean refusedAttributes(Mapping.DiscriminatorColumn a, TypeElement root, Report report) {
        boolean ok = true;
        for (Map.Entry<String, String> refused : a.refused().entrySet()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@DiscriminatorColumn(" + refused.getKey() + " = \""
                    + refused.getValue() + "\") on " + root.getSimpleName() + " is not supported yet by"
                    + " Migrate: it cannot tell what schema Hibernate creates from it. Remove it, and describe"
                    + " the column with name, discriminatorType, length or columnDefinition", root, a.mirror(),
                    a.written().get(refused.getKey()));
            ok = false;
        }
        return ok;
    }

    /**
     * The SQL literal of each concrete entity's value, or null after reporting a bad one; an abstract entity, and one
     * of {@code "not null"}, have none.
     *
     * @param formula whether the values are a formula's, where {@code "null"} is the literal {@code null}
     */
    private Map<TypeElement, String> literals(SingleTable.Hierarchy hierarchy, String kind, boolean formula, Report report) {
        Map<TypeElement, String> literals = new LinkedHashMap<>();
        List<TypeElement> all = new ArrayList<>();
        all.add(hierarchy.root());
        all.addAll(hierarchy.subclasses());
        boolean ok = true;
        for (TypeElement entity : all) {
            if (entity.getModifiers().contains(Modifier.ABSTRACT) && kind.equals("CHAR")) {
                // Hibernate (6.6 to 7.4) wants a CHAR value of every entity, abstract ones too, and checks none of
                // an abstract one's
                ok &= formula && isNull(entity) || matchesAnyValue(entity) || literal(entity, kind, report) != null;
                continue;
            }
            if (entity.getModifiers().contains(Modifier.ABSTRACT) || matchesAnyValue(entity)) {
                continue; // never instantiated, or of no value of its own: Hibernate gives it no value in the check
            }
            String literal = formula && isNull(entity) ? NULL : literal(entity, kind, report);
            ok &= literal != null;
            if (literal != null) {
                literals.put(entity, literal);
            }
        }
        return ok ? literals : null;
    }

    /** The literal of {@code @DiscriminatorValue("null")}: the subclass's check reads {@code <formula> is null or (…)}. */
    static final String NULL = "null";

    private static boolean anyValue(SingleTable.Hierarchy hierarchy) {
        return matchesAnyValue(hierarchy.root()) || hierarchy.subclasses().stream().anyMatch(DiscriminatorReader::matchesAnyValue);
    }

    private static boolean isNull(TypeElement entity) {
        return Mapping.written(entity).discriminatorValue().map(Mapping.Text::value).filter(NULL::equals).isPresent();
    }

    /**
     * Whether {@code entity} is {@code @DiscriminatorValue("not null")}, the entity of every row whose value no other
     * entity of the hierarchy has: Hibernate then checks no values on the column (checked with the exports of
     * Hibernate 6.6, 7.2 and 7.4), which stays not null.
     */
    private static boolean matchesAnyValue(TypeElement entity) {
        return Mapping.written(entity).discriminatorValue().map(Mapping.Text::value).filter("not null"::equals)
                .isPresent();
    }

    /** The SQL literal of {@code entity}'s discriminator value, or null after reporting a bad one. */
    private String literal(TypeElement entity, String kind, Report report) {
        Mapping mapping = Mapping.written(entity);
        Optional<AnnotationMirror> annotation = mapping.discriminatorValue().map(Mapping.Text::mirror);
        String value = mapping.discriminatorValue().map(Mapping.Text::value).orElse(null);
        if (value != null && value.equals("null")) {
            report.error(Code.UNSUPPORTED_INHERITANCE, "@DiscriminatorValue(\"" + value + "\") on " + entity.getSimpleName()
                    + " is not supported yet by Migrate: Hibernate then drops the check on the discriminator's values."
                    + " Give the entity a value of its own", entity, annotation.get());
            return null;
        }
        switch (kind) {
            case "INTEGER": {
                if (value == null) {
                    return String.valueOf(SingleTable.entityName(entity, elements).hashCode()); // Hibernate's default, checked with 7.4
                }
                try {
                    return String.valueOf(Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    report.error(Code.INVALID_ATTRIBUTE_VALUE, "@DiscriminatorValue(\"" + value + "\") on "
                            + entity.getSimpleName() + " is not a number, but the discriminator is an INTEGER column."
                            + " Write a whole number", entity, annotation.get());
                    return null;
                }
            }
            case "CHAR": {
                if (value == null || value.length() != 1) {
                    report.error(Code.INVALID_ATTRIBUTE_VALUE, "@Entity " + entity.getSimpleName() + " needs a"
                            + " @DiscriminatorValue of one character: its discriminator is a CHAR column, and Hibernate"
                            + " refuses to start without one (\"must explicitly specify its '@DiscriminatorValue'\")."
                            + " Add @DiscriminatorValue(\"" + entity.getSimpleName().charAt(0) + "\")", entity,
                            annotation.orElse(mapping.entity().orElseThrow()));
                    return null;
                }
                return sqlString(value);
            }
            default:
                return sqlString(value == null ? SingleTable.entityName(entity, elements) : value);
        }
    }

    private static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
