package dev.optionsdeep.migrate.processor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

import dev.optionsdeep.migrate.processor.read.ConstraintValues.ForeignKeyAnnotation;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.IndexAnnotation;
import dev.optionsdeep.migrate.processor.read.ConstraintValues.UniqueAnnotation;
import dev.optionsdeep.migrate.processor.read.MappingValues.JpaCheck;

/**
 * The table annotations ({@code @Table}, {@code @JoinTable}, {@code @CollectionTable}, {@code @SecondaryTable},
 * {@code @TableGenerator}) and the join columns nested in them or written beside them ({@code @JoinColumn},
 * {@code @PrimaryKeyJoinColumn}, {@code @MapKeyJoinColumn}), typed: names as written (empty when unset, as JPA
 * defines it), defaults applied, nested annotations as lists of records. Each keeps the annotation's mirror and
 * its values as written only so that a problem can point at them.
 */
public interface TableValues {

    /** The string attributes of a table annotation that Migrate does not model, in the order checked. */
    List<String> TABLE_REFUSED = List.of("catalog", "options", "comment");

    /** The string attributes of a join column that change the DDL in ways Migrate does not model, in order. */
    List<String> JOIN_COLUMN_REFUSED = List.of("columnDefinition", "table", "options");

    /**
     * A {@code @JoinColumn}, {@code @PrimaryKeyJoinColumn} or {@code @MapKeyJoinColumn}.
     *
     * @param foreignKey its {@code @ForeignKey} when written, else null (an unset one changes nothing)
     * @param refused    those of {@link #JOIN_COLUMN_REFUSED} written with a non-empty value, in that order
     * @param item       the nested annotation as written in its list, or null for one written on the element
     * @param written    the attributes as written in the source, for diagnostics
     */
    record JoinColumnAnnotation(String name, String referencedColumnName, boolean nullable, boolean unique,
                                ForeignKeyAnnotation foreignKey, Map<String, String> refused, AnnotationMirror mirror,
                                AnnotationValue item, Map<String, AnnotationValue> written) {

        static JoinColumnAnnotation of(Attributes j, AnnotationValue item) {
            return new JoinColumnAnnotation(j.string("name"), j.string("referencedColumnName"), j.bool("nullable", true),
                    j.bool("unique", false), writtenKey(j, "foreignKey"), refusedIn(j, JOIN_COLUMN_REFUSED), j.mirror(),
                    item, writtenIn(j.mirror()));
        }

        /** The join columns of an array attribute ({@code joinColumns}, {@code pkJoinColumns}, …), in source order. */
        static List<JoinColumnAnnotation> in(Attributes owner, String attribute) {
            return owner.list(attribute).stream().map(v -> of(owner.nested(v), v)).toList();
        }
    }

    /**
     * A {@code @Table}, {@code @JoinTable}, {@code @CollectionTable} or {@code @SecondaryTable}: the lists an
     * annotation type does not declare are empty, its foreign keys null.
     *
     * @param foreignKey        {@code foreignKey} when written, else null
     * @param inverseForeignKey {@code inverseForeignKey} of a {@code @JoinTable} when written, else null
     * @param refused           those of {@link #TABLE_REFUSED} written with a non-empty value, in that order
     * @param written           the attributes as written in the source, for diagnostics
     */
    record TableAnnotation(String name, String schema, String comment, List<JoinColumnAnnotation> joinColumns,
                           List<JoinColumnAnnotation> inverseJoinColumns, List<JoinColumnAnnotation> pkJoinColumns,
                           ForeignKeyAnnotation foreignKey, ForeignKeyAnnotation inverseForeignKey,
                           List<UniqueAnnotation> uniqueConstraints, List<IndexAnnotation> indexes,
                           List<JpaCheck> checks, Map<String, String> refused, AnnotationMirror mirror,
                           Map<String, AnnotationValue> written) {

        static TableAnnotation of(Attributes t) {
            return new TableAnnotation(t.string("name"), t.string("schema"), t.string("comment"),
                    JoinColumnAnnotation.in(t, "joinColumns"), JoinColumnAnnotation.in(t, "inverseJoinColumns"),
                    JoinColumnAnnotation.in(t, "pkJoinColumns"), writtenKey(t, "foreignKey"),
                    writtenKey(t, "inverseForeignKey"), UniqueAnnotation.in(t), IndexAnnotation.in(t), JpaCheck.in(t),
                    refusedIn(t, TABLE_REFUSED), t.mirror(), writtenIn(t.mirror()));
        }
    }

    /**
     * A {@code @TableGenerator}: its names as written (empty when unset), the attributes Migrate refuses
     * ({@code catalog}, {@code options}) when written, in that order, and whether constraints or indexes are listed.
     *
     * @param written the attributes as written in the source, for diagnostics
     */
    record TableGeneratorAnnotation(String name, String table, String schema, String pkColumnName,
                                    String valueColumnName, boolean hasUniqueConstraints, boolean hasIndexes,
                                    Map<String, String> refused, AnnotationMirror mirror,
                                    Map<String, AnnotationValue> written) {

        static TableGeneratorAnnotation of(Attributes g) {
            return new TableGeneratorAnnotation(g.string("name"), g.string("table"), g.string("schema"),
                    g.string("pkColumnName"), g.string("valueColumnName"), !g.list("uniqueConstraints").isEmpty(),
                    !g.list("indexes").isEmpty(), refusedIn(g, List.of("catalog", "options")), g.mirror(),
                    writtenIn(g.mirror()));
        }
    }

    /**
     * Hibernate's {@code @GenericGenerator}: its name, strategy (empty when unset), parameters in source order
     * and {@code type} as written (its class name, or null).
     */
    record GenericGeneratorAnnotation(String name, String strategy, Map<String, String> parameters, String type,
                                      AnnotationMirror mirror) {

        static GenericGeneratorAnnotation of(Attributes g) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (AnnotationValue value : g.list("parameters")) {
                Attributes parameter = g.nested(value);
                parameters.put(parameter.string("name"), parameter.string("value"));
            }
            AnnotationValue type = g.explicitValue("type");
            return new GenericGeneratorAnnotation(g.string("name"), g.string("strategy"), parameters,
                    type == null ? null : type.getValue().toString(), g.mirror());
        }
    }

    /**
     * An {@code @AssociationOverride}: the attribute it names (as written), its join columns and their
     * {@code @ForeignKey} when written (else null).
     */
    record AssociationOverrideAnnotation(String name, List<JoinColumnAnnotation> joinColumns,
                                         ForeignKeyAnnotation foreignKey, AnnotationMirror mirror) {

        static AssociationOverrideAnnotation of(Attributes o) {
            return new AssociationOverrideAnnotation(o.string("name"), JoinColumnAnnotation.in(o, "joinColumns"),
                    writtenKey(o, "foreignKey"), o.mirror());
        }
    }

    /** The nested {@code @ForeignKey} {@code attribute} when written, else null (an unset one changes nothing). */
    static ForeignKeyAnnotation writtenKey(Attributes owner, String attribute) {
        return owner.explicitValue(attribute) == null ? null : ForeignKeyAnnotation.of(owner.nested(attribute));
    }

    /** The {@code attributes} written with a non-empty value, in the order given. */
    static Map<String, String> refusedIn(Attributes a, List<String> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String attribute : attributes) {
            if (!a.string(attribute).isEmpty()) {
                out.put(attribute, a.string(attribute));
            }
        }
        return out;
    }

    /** Every attribute as written in the source, by name. */
    static Map<String, AnnotationValue> writtenIn(AnnotationMirror mirror) {
        Map<String, AnnotationValue> out = new LinkedHashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            out.put(e.getKey().getSimpleName().toString(), e.getValue());
        }
        return out;
    }
}
