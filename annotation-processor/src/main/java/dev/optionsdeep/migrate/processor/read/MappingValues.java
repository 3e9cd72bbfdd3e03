package dev.optionsdeep.migrate.processor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The typed values {@link Mapping}'s accessors give, one record per annotation with several values (named
 * {@code Mapping.GeneratedValue} and so on where used). Each keeps the annotation's mirror and the values as
 * written only so that a problem can point at them.
 */
public interface MappingValues {

    /** A resolved annotation value with where it was written: the annotation, and the value if written. */
    public record Text(String value, AnnotationMirror mirror, AnnotationValue written) {
    }

    /**
     * {@code @GeneratedValue}: its strategy ({@code AUTO} when not written) and generator name.
     *
     * @param strategyValue the strategy as written, or null
     */
    public record GeneratedValue(String strategy, String generator, AnnotationMirror mirror,
                                 AnnotationValue strategyValue, AnnotationValue generatorValue) {
    }

    /** {@code @SoftDelete}: its strategy, the column name as written (may be empty) and the converter if written. */
    public record SoftDelete(String strategy, String columnName, AnnotationMirror mirror, AnnotationValue columnNameValue,
                             AnnotationValue converterValue) {
    }

    /**
     * A {@code @SequenceGenerator} (one of several when repeated): its values with their defaults, the
     * attributes Migrate refuses ({@code schema}, {@code catalog}, {@code options}) when written, and the
     * values as written, for diagnostics.
     */
    public record SequenceGenerator(String name, String sequenceName, String schema, int initialValue, int allocationSize,
                                    Map<String, String> refused, AnnotationMirror mirror,
                                    Map<String, AnnotationValue> written) {

        static SequenceGenerator of(Attributes s) {
            return new SequenceGenerator(s.string("name"), s.string("sequenceName"), s.string("schema"),
                    s.integer("initialValue", 1), s.integer("allocationSize", 50), refusedIn(s, "catalog", "options"),
                    s.mirror(),
                    writtenIn(s, "schema", "catalog", "options", "sequenceName", "allocationSize"));
        }
    }

    /**
     * {@code @OrderColumn}: the name as written (may be empty), whether nullable, and the attributes Migrate
     * refuses ({@code columnDefinition}, {@code options}) with where they were written.
     */
    public record OrderColumn(String name, boolean nullable, Map<String, String> refused, AnnotationMirror mirror,
                              Map<String, AnnotationValue> refusedValues) {

        static OrderColumn of(Attributes o) {
            return new OrderColumn(o.string("name"), o.bool("nullable", true), refusedIn(o, "columnDefinition", "options"),
                    o.mirror(), writtenIn(o, "columnDefinition", "options"));
        }
    }

    /**
     * {@code @DiscriminatorColumn}: its name as written (may be empty), type and length with their defaults, its
     * {@code columnDefinition} (empty when unset), and the attribute Migrate refuses ({@code options}) when written.
     */
    public record DiscriminatorColumn(String name, String discriminatorType, int length, String columnDefinition,
                                      Map<String, String> refused, AnnotationMirror mirror,
                                      Map<String, AnnotationValue> written) {

        static DiscriminatorColumn of(Attributes d) {
            return new DiscriminatorColumn(d.string("name"), d.enumConstant("discriminatorType", "STRING"),
                    d.integer("length", 31), d.string("columnDefinition"), refusedIn(d, "options"), d.mirror(),
                    writtenIn(d, "columnDefinition", "options", "name"));
        }
    }

    /**
     * Hibernate's {@code @DiscriminatorFormula}: the SQL expression Hibernate reads the discriminator from, in place
     * of a column, and the type of its values ({@code STRING} when not written).
     */
    public record DiscriminatorFormula(String value, String discriminatorType, AnnotationMirror mirror) {

        static DiscriminatorFormula of(Attributes f) {
            return new DiscriminatorFormula(f.string("value"), f.enumConstant("discriminatorType", "STRING"), f.mirror());
        }
    }

    /**
     * Hibernate's {@code @DiscriminatorOptions}: {@code force} (no check on the discriminator's values) and
     * {@code insert} (false when an attribute writes the discriminator's column), with their defaults.
     */
    public record DiscriminatorOptions(boolean force, boolean insert, AnnotationMirror mirror) {

        static DiscriminatorOptions of(Attributes o) {
            return new DiscriminatorOptions(o.bool("force", false), o.bool("insert", true), o.mirror());
        }
    }

    /**
     * JPA 3.2's {@code @CheckConstraint} listed in {@code @Table(check)} or {@code @Column(check)}.
     *
     * @param item            the nested annotation as written in its list, for diagnostics
     * @param constraintValue {@code constraint} as written, or null
     * @param optionsValue    {@code options} as written, or null
     */
    public record JpaCheck(String name, String constraint, String options, AnnotationValue item,
                           AnnotationValue constraintValue, AnnotationValue optionsValue) {

        /** The checks listed in {@code owner}'s {@code check}, in source order. */
        public static List<JpaCheck> in(Attributes owner) {
            return owner.list("check").stream().map(item -> {
                Attributes c = owner.nested(item);
                return new JpaCheck(c.string("name"), c.string("constraint"), c.string("options"), item,
                        c.explicitValue("constraint"), c.explicitValue("options"));
            }).toList();
        }
    }

    /** Hibernate's {@code @Check(name, constraints)}, with {@code constraints} as written (or null). */
    public record HibernateCheck(String name, String constraints, AnnotationMirror mirror,
                                 AnnotationValue constraintsValue) {

        static HibernateCheck of(Attributes c) {
            return new HibernateCheck(c.string("name"), c.string("constraints"), c.mirror(), c.explicitValue("constraints"));
        }
    }

    /**
     * A {@code @Column} or {@code @MapKeyColumn}: its name as written (may be empty), the values with their defaults
     * ({@code secondPrecision} -1 where the annotation type has none), and the attributes that change the DDL in
     * ways Migrate does not model ({@code columnDefinition}, {@code table}, {@code options}) when written non-empty,
     * in that order.
     *
     * @param written the attributes as written in the source, for diagnostics
     */
    public record ColumnAnnotation(String name, boolean unique, boolean nullable, int length, int precision, int scale,
                                   int secondPrecision, String columnDefinition, String comment,
                                   Map<String, String> refused, AnnotationMirror mirror,
                                   Map<String, AnnotationValue> written) {

        static ColumnAnnotation of(Attributes c) {
            return new ColumnAnnotation(c.string("name"), c.bool("unique", false), c.bool("nullable", true),
                    c.integer("length", 255), c.integer("precision", 0), c.integer("scale", 0),
                    c.integer("secondPrecision", -1), c.string("columnDefinition"), c.string("comment"),
                    TableValues.refusedIn(c, List.of("columnDefinition", "table", "options")), c.mirror(),
                    TableValues.writtenIn(c.mirror()));
        }
    }

    /**
     * The relationship annotation of an attribute ({@code @ManyToOne}, {@code @OneToOne}, {@code @OneToMany},
     * {@code @ManyToMany}, {@code @ElementCollection}): {@code mappedBy} ({@code ""} for an owning side or where the
     * type has none), {@code optional} (true where the type has none), and {@code targetEntity} as written, or null.
     */
    public record RelationshipAnnotation(String mappedBy, boolean optional, AnnotationValue targetEntity,
                                         AnnotationMirror mirror) {

        static RelationshipAnnotation of(Attributes r) {
            return new RelationshipAnnotation(r.string("mappedBy"), r.bool("optional", true),
                    r.explicitValue("targetEntity"), r.mirror());
        }
    }

    /** The {@code attributes} that are written with a non-empty value, which Migrate refuses. */
    private static Map<String, String> refusedIn(Attributes a, String... attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String attribute : attributes) {
            if (!a.string(attribute).isEmpty()) {
                out.put(attribute, a.string(attribute));
            }
        }
        return out;
    }

    /** The {@code attributes} as written in the source (null where not written), for diagnostics. */
    private static Map<String, AnnotationValue> writtenIn(Attributes a, String... attributes) {
        Map<String, AnnotationValue> out = new LinkedHashMap<>();
        for (String attribute : attributes) {
            out.put(attribute, a.explicitValue(attribute));
        }
        return out;
    }
}
