package dev.optionsdeep.migrate.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The part of {@link Mapping} that answers for a class: the entity and its name, its table and secondary
 * tables, inheritance and discriminator, generators declared on it, its checks.
 */
abstract class EntityAnnotations extends AnnotationIndex implements MappingValues {

    EntityAnnotations(Element element, Elements elements) {
        super(element, elements);
    }

    public Optional<GeneratedValue> generatedValue() {
        AnnotationMirror mirror = jpa.get(JpaAnnotations.GENERATED_VALUE);
        if (mirror == null) {
            return Optional.empty();
        }
        Attributes g = resolved(mirror);
        return Optional.of(new GeneratedValue(g.enumConstant("strategy", "AUTO"), g.string("generator"), g.mirror(),
                g.explicitValue("strategy"), g.explicitValue("generator")));
    }

    /** The {@code @SequenceGenerator}s declared here, also those javac wrapped in {@code @SequenceGenerators}. */
    public List<SequenceGenerator> sequenceGenerators() {
        return repeated("SequenceGenerator", "SequenceGenerators").stream().map(SequenceGenerator::of).toList();
    }

    /** Whether a {@code @TableGenerator} is declared here (alone or repeated). */
    public boolean declaresTableGenerator() {
        return jpa.containsKey("TableGenerator") || jpa.containsKey("TableGenerators");
    }

    public Optional<SoftDelete> softDelete() {
        Optional<Attributes> written = hibernateOne("SoftDelete");
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Attributes s = written.get();
        return Optional.of(new SoftDelete(s.enumConstant("strategy", "DELETED"), s.string("columnName"), s.mirror(),
                s.explicitValue("columnName"), s.explicitValue("converter")));
    }

    /** {@code @Entity}'s annotation, if the class is one. */
    public Optional<AnnotationMirror> entity() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.ENTITY));
    }

    /** {@code @Entity(name)} as written, else empty. */
    public String entityName() {
        AnnotationMirror entity = jpa.get(JpaAnnotations.ENTITY);
        AnnotationValue name = entity == null ? null : written(entity, "name");
        return name == null ? "" : (String) name.getValue();
    }

    public Optional<DiscriminatorColumn> discriminatorColumn() {
        return jpa(JpaAnnotations.DISCRIMINATOR_COLUMN).map(DiscriminatorColumn::of);
    }

    /**
     * Hibernate's own {@code @DiscriminatorFormula}, if written here; not {@code @DialectOverride.DiscriminatorFormula},
     * whose simple name is the same ({@link #dialectDiscriminatorFormula}).
     */
    public Optional<DiscriminatorFormula> discriminatorFormula() {
        return hibernateExactly("DiscriminatorFormula").map(m -> DiscriminatorFormula.of(resolved(m)));
    }

    /** {@code @DialectOverride.DiscriminatorFormula}, if written here: a formula for one database only. */
    public Optional<AnnotationMirror> dialectDiscriminatorFormula() {
        return hibernate.getOrDefault("DiscriminatorFormula", List.of()).stream()
                .filter(m -> !JpaAnnotations.named(JpaAnnotations.qualifiedName(m), JpaAnnotations.HIBERNATE,
                        "DiscriminatorFormula"))
                .findFirst();
    }

    /** Hibernate's {@code @DiscriminatorOptions}, if written here. */
    public Optional<DiscriminatorOptions> discriminatorOptions() {
        return hibernateExactly("DiscriminatorOptions").map(m -> DiscriminatorOptions.of(resolved(m)));
    }

    private Optional<AnnotationMirror> hibernateExactly(String simpleName) {
        return hibernate.getOrDefault(simpleName, List.of()).stream()
                .filter(m -> JpaAnnotations.named(JpaAnnotations.qualifiedName(m), JpaAnnotations.HIBERNATE, simpleName))
                .findFirst();
    }

    /** Whether the class has {@code @DiscriminatorColumn}. */
    public boolean hasDiscriminatorColumn() {
        return jpa.containsKey(JpaAnnotations.DISCRIMINATOR_COLUMN);
    }

    /** {@code @Inheritance}'s annotation, if written here. */
    public Optional<AnnotationMirror> inheritance() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.INHERITANCE));
    }

    /** {@code @Inheritance}'s strategy ({@code SINGLE_TABLE} when not written), if the annotation is here. */
    public Optional<String> inheritanceStrategy() {
        AnnotationMirror inheritance = jpa.get(JpaAnnotations.INHERITANCE);
        return inheritance == null ? Optional.empty()
                : Optional.of(resolved(inheritance).enumConstant("strategy", "SINGLE_TABLE"));
    }

    /** {@code @Table}'s annotation, if written here. */
    public Optional<AnnotationMirror> tableAnnotation() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.TABLE));
    }

    /** {@code @Embeddable} on a class. */
    public boolean embeddable() {
        return jpa.containsKey(JpaAnnotations.EMBEDDABLE);
    }

    /** Hibernate's {@code @Check}s, also those javac wrapped in {@code @Checks}, in source order. */
    public List<AnnotationMirror> hibernateChecks() {
        List<AnnotationMirror> out = new ArrayList<>();
        for (Map.Entry<String, List<AnnotationMirror>> e : hibernate.entrySet()) {
            if (e.getKey().equals("Check")) {
                out.addAll(e.getValue());
            } else if (e.getKey().equals("Checks")) {
                e.getValue().forEach(c -> resolved(c).list("value").forEach(v -> out.add((AnnotationMirror) v.getValue())));
            }
        }
        return out;
    }

    /** Hibernate's {@code @GenericGenerator}s declared here, also those wrapped in {@code @GenericGenerators}. */
    private List<Attributes> genericGenerators() {
        List<Attributes> out = new ArrayList<>();
        for (Map.Entry<String, List<AnnotationMirror>> e : hibernate.entrySet()) {
            if (e.getKey().equals("GenericGenerator")) {
                e.getValue().forEach(g -> out.add(resolved(g)));
            } else if (e.getKey().equals("GenericGenerators")) {
                e.getValue().forEach(c -> resolved(c).list("value").forEach(v -> out.add(resolved(c).nested(v))));
            }
        }
        return out;
    }

    /** {@code @Table}, typed. */
    public Optional<TableValues.TableAnnotation> declaredTable() {
        return jpa(JpaAnnotations.TABLE).map(TableValues.TableAnnotation::of);
    }

    /** The {@code @PrimaryKeyJoinColumn}s of a JOINED subclass (also repeated), typed, in source order. */
    public List<TableValues.JoinColumnAnnotation> declaredPrimaryKeyJoinColumns() {
        return repeated("PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns").stream()
                .map(j -> TableValues.JoinColumnAnnotation.of(j, null)).toList();
    }

    /** The {@code @SecondaryTable}s of an entity (also repeated), typed, in source order. */
    public List<TableValues.TableAnnotation> declaredSecondaryTables() {
        return repeated("SecondaryTable", "SecondaryTables").stream().map(TableValues.TableAnnotation::of).toList();
    }

    /** The {@code @TableGenerator}s declared here (also repeated), typed, in source order. */
    public List<TableValues.TableGeneratorAnnotation> declaredTableGenerators() {
        return repeated("TableGenerator", "TableGenerators").stream().map(TableValues.TableGeneratorAnnotation::of)
                .toList();
    }

    /** Hibernate's {@code @GenericGenerator}s declared here, also those wrapped in {@code @GenericGenerators}, typed. */
    public List<TableValues.GenericGeneratorAnnotation> declaredGenericGenerators() {
        return genericGenerators().stream().map(TableValues.GenericGeneratorAnnotation::of).toList();
    }

    /** Hibernate's {@code @Subselect}: the entity is read from a query, with no table. */
    public boolean subselect() {
        return hibernate.containsKey("Subselect");
    }

    /** {@code @DiscriminatorValue}'s value, if the class has one. */
    public Optional<Text> discriminatorValue() {
        return Optional.ofNullable(jpa.get(JpaAnnotations.DISCRIMINATOR_VALUE))
                .map(m -> new Text((String) written(m, "value").getValue(), m, written(m, "value")));
    }

    /** An {@code @Entity} or {@code @MappedSuperclass} class. */
    public boolean entityOrMappedSuperclass() {
        return jpa.containsKey(JpaAnnotations.ENTITY) || jpa.containsKey("MappedSuperclass");
    }

    /** Hibernate's {@code @Check}s ({@link #hibernateChecks}), resolved. */
    public List<HibernateCheck> checks() {
        List<AnnotationMirror> written = hibernateChecks();
        if (written.isEmpty()) {
            return List.of(); // the usual case, without a stream
        }
        return written.stream().map(m -> HibernateCheck.of(resolved(m))).toList();
    }
}
