package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;
import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.AttributeCollector;

import dev.optionsdeep.migrate.postgres.Identifiers;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.SqlTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A {@code SINGLE_TABLE} hierarchy as Hibernate ORM 7.4 maps it (checked against its export): one
 * table, named after the root, holding the columns of every entity in it; a discriminator column
 * ({@code @DiscriminatorColumn}, by default {@code DTYPE varchar(31) not null}) with a check on the
 * values of the concrete entities; a subclass column is nullable unless its {@code @Column} says
 * {@code nullable = false}, and for each concrete subclass a check
 * {@code dtype <> 'Sub' or (a is not null and b is not null)} over the columns that must not be null
 * for it (primitives, {@code @Basic(optional = false)} and {@code optional = false} to-one relationships, of the subclass and of the entity it
 * extends directly, as Hibernate's {@code SingleTableSubclass} builds it).
 *
 * <p>Hibernate orders sibling subclasses as they were registered, which a compiler cannot know;
 * Migrate takes them by qualified name. Only the order of the values in the discriminator's check
 * depends on it.
 */
final class SingleTable {

    static final String DEFAULT_COLUMN = "DTYPE";
    static final int DEFAULT_LENGTH = 31;

    /** The entities of one hierarchy: each one's direct entity subclasses, by qualified name. */
    static final class Hierarchy {
        private final TypeElement root;
        private final Map<TypeElement, List<TypeElement>> children = new LinkedHashMap<>();

        Hierarchy(TypeElement root, List<TypeElement> descendants) {
            this.root = root;
            for (TypeElement d : descendants) {
                List<TypeElement> ancestors = AttributeCollector.entityAncestors(d);
                children.computeIfAbsent(ancestors.get(ancestors.size() - 1), p -> new ArrayList<>()).add(d);
            }
            children.values().forEach(l -> l.sort(Comparator.comparing(t -> t.getQualifiedName().toString())));
        }

        TypeElement root() {
            return root;
        }

        /** The subclasses in reading order: depth first, each before the entities extending it. */
        List<TypeElement> subclasses() {
            List<TypeElement> out = new ArrayList<>();
            preOrder(root, out);
            return out;
        }

        private void preOrder(TypeElement t, List<TypeElement> out) {
            for (TypeElement c : children.getOrDefault(t, List.of())) {
                out.add(c);
                preOrder(c, out);
            }
        }

        /** Hibernate's {@code PersistentClass.getSubclasses()}: each child's subclasses, then the children. */
        List<TypeElement> hibernateOrder(TypeElement t) {
            List<TypeElement> out = new ArrayList<>();
            List<TypeElement> direct = children.getOrDefault(t, List.of());
            direct.forEach(c -> out.addAll(hibernateOrder(c)));
            out.addAll(direct);
            return out;
        }

        /** The entity {@code t} extends directly. */
        TypeElement parent(TypeElement t) {
            List<TypeElement> ancestors = AttributeCollector.entityAncestors(t);
            return ancestors.get(ancestors.size() - 1);
        }
    }

    /** The discriminator column, its check, and the SQL literal of each concrete entity's value. */
    record Discriminator(Column column, Optional<CheckConstraint> check, Map<TypeElement, String> literals) {
    }

    private final Elements elements;
    private final Naming naming;

    SingleTable(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /** The discriminator of {@code hierarchy}'s table, or null after reporting why there is none. */
    Discriminator discriminator(Hierarchy hierarchy, String tableName, Report report) {
        TypeElement root = hierarchy.root();
        Mapping.DiscriminatorColumn a = Mapping.of(root, elements).discriminatorColumn().orElse(null);
        boolean ok = true;
        if (a != null) {
            for (Map.Entry<String, String> refused : a.refused().entrySet()) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@DiscriminatorColumn(" + refused.getKey() + " = \""
                        + refused.getValue() + "\") on " + root.getSimpleName() + " is not supported yet by"
                        + " Migrate: it cannot tell what schema Hibernate creates from it. Remove it, and describe"
                        + " the column with name, discriminatorType, length or columnDefinition", root, a.mirror(),
                        a.written().get(refused.getKey()));
                ok = false;
            }
        }
        String written = a == null || a.name().isEmpty() ? DEFAULT_COLUMN : a.name();
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The discriminator column name \"" + written + "\" of " + root.getSimpleName()
                    + " cannot be used: " + name.problem(), root, a == null ? null : a.mirror(),
                    a == null ? null : a.written().get("name"));
            return null;
        }
        String kind = a == null ? "STRING" : a.discriminatorType();
        int length = a == null ? DEFAULT_LENGTH : a.length();
        String type = switch (kind) {
            case "CHAR" -> "character(1)";
            case "INTEGER" -> SqlTypes.INTEGER;
            default -> SqlTypes.varchar(length);
        };
        Map<TypeElement, String> literals = new LinkedHashMap<>();
        List<TypeElement> all = new ArrayList<>();
        all.add(root);
        all.addAll(hierarchy.subclasses());
        boolean anyValue = all.stream().anyMatch(SingleTable::matchesAnyValue);
        for (TypeElement entity : all) {
            if (entity.getModifiers().contains(Modifier.ABSTRACT) || matchesAnyValue(entity)) {
                continue; // never instantiated, or of no value of its own: Hibernate gives it no value in the check
            }
            String literal = literal(entity, kind, report);
            ok &= literal != null;
            if (literal != null) {
                literals.put(entity, literal);
            }
        }
        if (!ok) {
            return null;
        }
        String column = Identifiers.quote(name.name());
        List<String> ordered = new ArrayList<>();
        List<TypeElement> order = new ArrayList<>();
        order.add(root);
        order.addAll(hierarchy.hibernateOrder(root));
        order.stream().filter(literals::containsKey).forEach(e -> ordered.add(literals.get(e)));
        Optional<CheckConstraint> check = ordered.isEmpty() || anyValue ? Optional.empty() : Optional.of(new CheckConstraint(
                PhysicalNames.constraintName(tableName, List.of(name.name()), "check"),
                column + " in (" + String.join(",", ordered) + ")"));
        Column defined = DiscriminatorDefinition.apply(a, new Column(name.name(), type, false, false), root, report);
        return defined == null ? null : new Discriminator(defined, check, literals);
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
                    return String.valueOf(entityName(entity).hashCode()); // Hibernate's default, checked with 7.4
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
                return sqlString(value == null ? entityName(entity) : value);
        }
    }

    /** {@code @Entity(name)}, else the class name as Hibernate takes it from the binary name. */
    private String entityName(TypeElement entity) {
        String name = Mapping.written(entity).entityName();
        if (!name.isEmpty()) {
            return name;
        }
        String binary = elements.getBinaryName(entity).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    private static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * The relationships a subclass declares, mapped as Hibernate 7.4 does: owned by the subclass (its
     * entity name in default join and collection table column names), in the root's table; a join
     * column is nullable unless {@code @JoinColumn(nullable = false)}, an {@code optional = false} one
     * goes into the subclass's check. A column and foreign key a sibling maps alike are shared. Added
     * to {@code related} and to the subclass's columns in {@code byEntity}; null after reporting.
     *
     * @param root the hierarchy's root as the owner of relationships
     */
    AssociationMapper.Mapped relationships(AssociationMapper mapper, TypeElement sub, List<Association> associations,
                                           AssociationMapper.Owner root, Targets targets, AssociationMapper.Mapped related,
                                           Map<TypeElement, List<MappedColumn>> byEntity, Report report) {
        MappedEntity.Names names = new MappedEntity.Names(entityName(sub), root.names().table());
        AssociationMapper.Mapped mapped = mapper.map(new AssociationMapper.Owner(sub, root.database(), root.table(), names,
                root.ids(), root.qualifiedTable()), associations, targets, report);
        if (mapped == null) {
            return null;
        }
        // Hibernate 6.6 keeps an optional = false relationship's column not null, for every entity of the table.
        List<MappedColumn> own = mapper.line().checksSingleTables() ? nullableForOthers(mapped.columns()) : mapped.columns();
        List<MappedColumn> columns = own.stream().filter(c -> related.columns().stream()
                .noneMatch(o -> o.column().equals(c.column()))).toList();
        List<dev.optionsdeep.migrate.schema.ForeignKey> keys = mapped.foreignKeys().stream()
                .filter(k -> !related.foreignKeys().contains(k)).toList();
        List<MappedColumn> all = new ArrayList<>(byEntity.getOrDefault(sub, List.of()));
        all.addAll(own);
        byEntity.put(sub, all);
        return related.plus(new AssociationMapper.Mapped(columns, mapped.uniques(), keys, mapped.joinTables(),
                mapped.foreignColumns()));
    }

    /**
     * The columns a subclass brings, nullable unless {@code @Column(nullable = false)} says otherwise:
     * the table also holds the rows of every other entity of the hierarchy.
     */
    static List<MappedColumn> nullableForOthers(List<MappedColumn> columns) {
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn c : columns) {
            boolean notNull = c.columnAnnotation() != null && explicitNotNull(c);
            out.add(new MappedColumn(c.path(), c.attribute(), c.origin(), c.column().withNullable(!notNull), c.id(),
                    c.unique(), c.columnHost(), c.columnAnnotation(), c.logicalName(), c.check(), c.converted()));
        }
        return out;
    }

    private static boolean explicitNotNull(MappedColumn c) {
        return ColumnAnnotations.explicitNotNull(c.columnAnnotation());
    }

    /**
     * Hibernate's check for a concrete subclass: {@code <discriminator> <> <value> or (<c> is not null and ...)}
     * over the nullable columns of required basic attributes of the entity it extends and its own; empty
     * when there are none.
     *
     * @param inherited the columns of the entity it extends directly (that entity's own level only)
     * @param own       its own columns
     */
    static Optional<CheckConstraint> notNullCheck(String tableName, Column discriminator, String literal,
                                                  TypeElement parent, List<MappedColumn> inherited,
                                                  TypeElement subclass, List<MappedColumn> own) {
        List<String> required = new ArrayList<>();
        required.addAll(required(parent, inherited));
        required.addAll(required(subclass, own));
        if (required.isEmpty()) {
            return Optional.empty();
        }
        String name = PhysicalNames.constraintName(tableName, List.of(discriminator.name(), literal.replace("'", "")),
                "check");
        return Optional.of(new CheckConstraint(name, Identifiers.quote(discriminator.name()) + " <> " + literal
                + " or (" + required.stream().map(c -> Identifiers.quote(c) + " is not null")
                .collect(Collectors.joining(" and ")) + ")"));
    }

    /** In Hibernate's property order: class by class from the topmost mapped superclass, each by attribute name. */
    private static List<String> required(TypeElement entity, List<MappedColumn> columns) {
        List<TypeElement> chain = AttributeCollector.ownChain(entity);
        return columns.stream()
                .filter(c -> c.origin().equals(c.attribute().element())) // an embedded attribute is skipped whole
                .filter(c -> c.column().nullable())
                .filter(c -> c.attribute().type().getKind().isPrimitive()
                        || Mapping.written(c.attribute().element()).writtenNotOptional())
                .sorted(Comparator.<MappedColumn>comparingInt(c -> chain.indexOf(c.attribute().declaringType()))
                        .thenComparing(c -> c.attribute().name()))
                .map(c -> c.column().name())
                .toList();
    }
}
