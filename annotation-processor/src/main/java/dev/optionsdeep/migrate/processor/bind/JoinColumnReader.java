package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.Association;
import dev.optionsdeep.migrate.processor.read.ClassAssociationOverrides;
import dev.optionsdeep.migrate.processor.read.TableValues.AssociationOverrideAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.JoinColumnAnnotation;
import dev.optionsdeep.migrate.processor.read.TableValues.TableAnnotation;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @JoinColumn}s (on the attribute, in {@code @JoinColumns}, in an
 * {@code @AssociationOverride} or in {@code @JoinTable}) into columns that reference another
 * entity's key, and their {@code @ForeignKey} into a foreign key. A join column takes the type of the
 * column it references (an identity key column is referenced by a plain column of its type), and
 * its implicit name is {@code <prefix>_<referenced column>}, named by the configured naming.
 */
final class JoinColumnReader {

    /** Returned by {@link #foreignKey} after reporting a problem; compare by identity. */
    static final ForeignKey INVALID = new ForeignKey("invalid", List.of("invalid"), "invalid", List.of("invalid"));

    /**
     * Where the join columns of one relationship are read from.
     *
     * @param joinTable the {@code @JoinTable} (or {@code @CollectionTable}) for one of its sides, or null
     * @param side      for a join table, which of its sides ({@code joinColumns} and {@code foreignKey}, or
     *                  {@code inverseJoinColumns} and {@code inverseForeignKey}); else null
     */
    record Context(Association association, String where, AssociationMapper.Owner owner, Report report,
                   TableAnnotation joinTable, Side side) {

        /** A side of a join table. */
        enum Side { OWNER, TARGET }

        Context(Association association, String where, AssociationMapper.Owner owner, Report report) {
            this(association, where, owner, report, null, null);
        }

        Context joinTableSide(TableAnnotation table, Side side) {
            return new Context(association, where, owner, report, table, side);
        }

        boolean inJoinTable() {
            return side != null;
        }

        /** The join table's join columns of this side, as written; empty without a join table. */
        List<JoinColumnAnnotation> tableColumns() {
            return joinTable == null ? List.of() : side == Side.TARGET ? joinTable.inverseJoinColumns()
                    : joinTable.joinColumns();
        }

        /** The join table's {@code @ForeignKey} of this side when written, else null. */
        ForeignKeyAnnotation tableForeignKey() {
            return joinTable == null ? null : side == Side.TARGET ? joinTable.inverseForeignKey() : joinTable.foreignKey();
        }
    }

    /**
     * One join column.
     *
     * @param referenced the physical name of the column it references
     * @param sortName   its name as Hibernate holds it before PostgreSQL folds it, which orders key columns
     * @param annotation its {@code @JoinColumn}, or the relationship annotation when it has none
     */
    record Joined(Column column, String referenced, String sortName, boolean unique, Element host,
                  AnnotationMirror annotation, String logicalName) {
    }

    private record Spec(JoinColumnAnnotation column, AnnotationValue value) {
    }

    private final Elements elements;
    private final Naming naming;
    private final dev.optionsdeep.migrate.processor.HibernateLine line;

    JoinColumnReader(Elements elements, Naming naming, dev.optionsdeep.migrate.processor.HibernateLine line) {
        this.elements = elements;
        this.naming = naming;
        this.line = line;
    }

    /**
     * The join columns referencing {@code target}'s key (or the columns their {@code referencedColumnName}
     * names), in the order of the target's key; null after reporting a problem.
     *
     * @param prefix   what implicit names start with: the attribute name, or for a join table's owner side the
     *                 entity name (or the attribute on the other side)
     * @param nullable whether the columns accept null unless their {@code @JoinColumn} says otherwise
     */
    List<Joined> read(Context context, MappedEntity target, String prefix, boolean nullable) {
        Element element = context.association().attribute().element();
        List<Spec> specs = specs(context);
        if (specs == null) {
            return null;
        }
        List<MappedColumn> key = target.ids();
        List<Joined> out = new ArrayList<>();
        if (specs.isEmpty()) {
            for (MappedColumn id : key) {
                Joined j = joined(context, prefix + "_" + logicalName(id), null, id.column(), nullable, false, null);
                if (j == null) {
                    return null;
                }
                out.add(j);
            }
            return out;
        }
        boolean byReference = specs.stream().anyMatch(s -> !s.column().referencedColumnName().isEmpty());
        if (!byReference && specs.size() != key.size()) {
            context.report().error(Code.INVALID_RELATIONSHIP, context.where() + " has " + specs.size() + " join"
                    + " column(s), but the key of " + target.element().getSimpleName() + " has " + key.size() + " ("
                    + key.stream().map(c -> c.column().name()).collect(Collectors.joining(", ")) + "). Give one"
                    + " @JoinColumn(name = \"...\", referencedColumnName = \"...\") per key column", element,
                    specs.get(0).column().mirror(), specs.get(0).value());
            return null;
        }
        List<MappedColumn> paired = byReference ? key : KeyPairing.order(key);
        for (int i = 0; i < specs.size(); i++) {
            JoinColumnAnnotation spec = specs.get(i).column();
            Reference reference = JoinAnnotations.supportedJoinColumn(context, spec, specs.get(i).value())
                    ? reference(context, target, specs.get(i), byReference ? null : paired.get(i)) : null;
            if (reference == null) {
                return null;
            }
            String written = spec.name().isEmpty() ? prefix + "_" + reference.logical() : spec.name();
            Joined j = joined(context, written, spec.mirror(), reference.column(), nullable && spec.nullable(),
                    spec.unique(), specs.get(i).value());
            if (j == null) {
                return null;
            }
            out.add(j);
        }
        if (byReference) {
            return checkedReference(context, target, out);
        }
        List<String> keyNames = key.stream().map(c -> c.column().name()).toList();
        out.sort(Comparator.comparingInt(j -> keyNames.indexOf(j.referenced())));
        return out;
    }

    /** The column a join column references, and its name as written (what an implicit name is made of). */
    private record Reference(Column column, String logical) {
    }

    /**
     * The column {@code spec} references: its {@code referencedColumnName}, else {@code keyColumn} (null when
     * another join column names its reference, which Hibernate then requires of all); null after reporting.
     */
    private Reference reference(Context context, MappedEntity target, Spec spec, MappedColumn keyColumn) {
        Element element = context.association().attribute().element();
        JoinColumnAnnotation column = spec.column();
        String writtenReference = column.referencedColumnName();
        if (writtenReference.isEmpty()) {
            if (keyColumn == null) {
                context.report().error(Code.INVALID_RELATIONSHIP, "A @JoinColumn of " + context.where() + " has no"
                        + " referencedColumnName while another has one: Hibernate then cannot tell which column"
                        + " each references. Give every @JoinColumn its referencedColumnName", element,
                        column.mirror(), spec.value());
                return null;
            }
            return new Reference(keyColumn.column(), logicalName(keyColumn));
        }
        PhysicalNames.Resolved ref = naming.referenced(writtenReference);
        Optional<Column> found = ref.ok() ? target.table().column(ref.name()) : Optional.empty();
        if (found.isEmpty()) {
            context.report().error(Code.UNKNOWN_COLUMN, "@JoinColumn(referencedColumnName = \""
                    + writtenReference + "\") of " + context.where() + " names no column of table "
                    + target.table().name() + " (@Entity " + target.element().getSimpleName() + "). Its"
                    + " columns are: " + target.table().columns().stream().map(Column::name)
                    .collect(Collectors.joining(", ")), element, column.mirror(), column.written().get(
                    "referencedColumnName"));
            return null;
        }
        String stripped = writtenReference.strip();
        return new Reference(found.get(), PhysicalNames.isQuoted(stripped) ? stripped.substring(1, stripped.length() - 1)
                : stripped);
    }

    /**
     * Columns named by {@code referencedColumnName}: the target's key, put in key order as Hibernate's
     * foreign key lists them, or columns with a unique constraint of their own, as PostgreSQL requires; from a
     * to-one, any other columns of the target too, which Hibernate makes unique ({@link OtherColumnReferences}).
     */
    private List<Joined> checkedReference(Context context, MappedEntity target, List<Joined> joined) {
        Set<String> referenced = joined.stream().map(Joined::referenced).collect(Collectors.toSet());
        List<String> key = target.ids().stream().map(c -> c.column().name()).toList();
        if (referenced.equals(Set.copyOf(key)) && referenced.size() == joined.size()) {
            List<Joined> ordered = new ArrayList<>(joined);
            ordered.sort(Comparator.comparingInt(j -> key.indexOf(j.referenced())));
            return ordered;
        }
        boolean unique = OtherColumnReferences.uniqueIn(target, joined);
        if (!unique && context.association().kind().toOne() && !context.inJoinTable()
                && (joined.size() > 1 || line.uniquesSingleReferencedColumns())) {
            return OtherColumnReferences.byReferencedAttribute(target, joined);
        }
        if (!unique) {
            context.report().error(Code.INVALID_RELATIONSHIP, context.where() + " references the columns "
                    + joined.stream().map(Joined::referenced).toList() + " of table " + target.table().name() + ", which"
                    + " are neither its primary key nor unique, so PostgreSQL refuses the foreign key. Make them unique"
                    + " in " + target.element().getSimpleName() + " (@Column(unique = true), or @Table(uniqueConstraints"
                    + " = ...)), or reference its key", context.association().attribute().element(),
                    joined.get(0).annotation());
            return null;
        }
        return joined;
    }

    private Joined joined(Context context, String written, AnnotationMirror spec, Column referenced, boolean nullable,
                          boolean unique, AnnotationValue value) {
        PhysicalNames.Resolved name = naming.declared(written);
        Element element = context.association().attribute().element();
        if (!name.ok()) {
            context.report().error(Code.INVALID_NAME, "The join column name \"" + written + "\" of " + context.where()
                    + " cannot be used: " + name.problem() + ". Set it with @JoinColumn(name = \"...\")", element,
                    spec == null ? context.association().annotation() : spec, value);
            return null;
        }
        String sortName = HibernateColumnOrder.sortName(written, naming);
        Column column = new Column(name.name(), referenced.type(), nullable, false);
        String stripped = written.strip();
        return new Joined(column, referenced.name(), sortName, unique, element,
                spec == null ? context.association().annotation() : spec,
                PhysicalNames.isQuoted(stripped) ? stripped.substring(1, stripped.length() - 1) : stripped);
    }

    /** The column name the key column was declared with, which implicit join column names repeat. */
    static String logicalName(MappedColumn key) {
        return key.logicalName();
    }

    /** The {@code @JoinColumn}s in force; empty for implicit ones; null after reporting a problem. */
    private List<Spec> specs(Context context) {
        List<Spec> out = new ArrayList<>();
        if (context.inJoinTable()) {
            for (JoinColumnAnnotation column : context.tableColumns()) {
                out.add(new Spec(column, column.item()));
            }
            return out;
        }
        Optional<AssociationOverrideAnnotation> override = associationOverride(context);
        if (override.isPresent()) {
            for (JoinColumnAnnotation column : override.get().joinColumns()) {
                out.add(new Spec(column, column.item()));
            }
            return out;
        }
        for (JoinColumnAnnotation column : Mapping.of(context.association().attribute().element(), elements)
                .declaredJoinColumns()) {
            out.add(new Spec(column, null));
        }
        return out;
    }

    /**
     * The {@code @AssociationOverride} for a relationship inside an embeddable, declared on the
     * entity's embedded attribute with the path below it ({@code carrier} for {@code shipping.carrier}); for a to-one
     * of a mapped superclass, one on the entity class.
     */
    Optional<AssociationOverrideAnnotation> associationOverride(Context context) {
        Association a = context.association();
        if (!a.path().contains(".")) {
            return context.owner() == null ? Optional.empty()
                    : ClassAssociationOverrides.find(context.owner().entity(), a.attribute(), a.path());
        }
        String name = a.path().substring(a.path().indexOf('.') + 1);
        for (AssociationOverrideAnnotation override : Mapping.of(a.origin(), elements).declaredAssociationOverrides()) {
            if (override.name().strip().equals(name)) {
                return Optional.of(override);
            }
        }
        return Optional.empty();
    }

    /**
     * The foreign key of join columns: named by {@code @ForeignKey(name)}, else
     * {@code <table>_<columns>_fkey}; null for {@code @ForeignKey(NO_CONSTRAINT)}; {@link #INVALID}
     * after reporting a problem.
     */
    ForeignKey foreignKey(Context context, String table, List<String> columns, String referencedTable,
                          List<String> referencedColumns, String onDelete) {
        ForeignKeyAnnotation fk = foreignKeyAnnotation(context);
        Element element = context.association().attribute().element();
        String written = "";
        if (fk != null) {
            if (fk.noConstraint()) {
                return null;
            }
            for (java.util.Map.Entry<String, String> refused : fk.refused().entrySet()) {
                context.report().error(Code.UNSUPPORTED_ATTRIBUTE, "@ForeignKey(" + refused.getKey() + " = \""
                        + refused.getValue() + "\") of " + context.where() + " is not supported yet by Migrate: it"
                        + " cannot tell what SQL Hibernate creates from it. Remove it", element, fk.mirror(),
                        fk.written().get(refused.getKey()));
                return INVALID;
            }
            written = fk.name();
        }
        String name;
        if (written.isEmpty()) {
            name = PhysicalNames.constraintName(table, columns, "fkey");
        } else {
            PhysicalNames.Resolved resolved = PhysicalNames.declared(written);
            if (!resolved.ok()) {
                context.report().error(Code.INVALID_NAME, "The foreign key name \"" + written + "\" of "
                        + context.where() + " cannot be used: " + resolved.problem(), element, fk.mirror(),
                        fk.written().get("name"));
                return INVALID;
            }
            name = resolved.name();
        }
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete);
    }

    /** The {@code @ForeignKey} in force, or null. */
    private ForeignKeyAnnotation foreignKeyAnnotation(Context context) {
        if (context.inJoinTable()) {
            if (context.joinTable() == null || context.tableForeignKey() != null) {
                return context.tableForeignKey();
            }
            // Else the join columns' own @ForeignKey, as for a to-one's (checked with 7.4).
            List<JoinColumnAnnotation> columns = context.tableColumns();
            return columns.isEmpty() ? null : columns.get(0).foreignKey();
        }
        Optional<AssociationOverrideAnnotation> override = associationOverride(context);
        if (override.isPresent()) {
            return override.get().foreignKey();
        }
        return Mapping.of(context.association().attribute().element(), elements).joinColumnsForeignKey();
    }
}
