package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;

import dev.optionsdeep.migrate.schema.Sequence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * The sequence an id draws its values from, as Hibernate 7.4 creates it (checked against its schema
 * export): {@code AUTO} or {@code SEQUENCE} without a generator uses {@code <table>_seq}, start 1,
 * increment 50; a named generator uses its {@code @SequenceGenerator} (on the id or on the entity or
 * a superclass): {@code sequenceName}, else the generator's name, {@code initialValue} as start and
 * {@code allocationSize} as increment, which Hibernate checks at start-up.
 */
final class SequenceReader {

    static final String SEQUENCE_GENERATOR = "SequenceGenerator";
    /** JPA's {@code allocationSize} default, and the increment of Hibernate's implicit sequences. */
    static final int DEFAULT_INCREMENT = 50;

    private final Elements elements;
    private final Naming naming;
    /** Null: the generic generator's sequence whatever the strategy (as 6.6). */
    private final dev.optionsdeep.migrate.processor.HibernateLine line;

    SequenceReader(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
        this.line = null;
    }

    /** Under {@code line}'s rules for {@code strategy = SEQUENCE} beside a {@code @GenericGenerator}. */
    SequenceReader(Elements elements, Naming naming, dev.optionsdeep.migrate.processor.HibernateLine line) {
        this.elements = elements;
        this.naming = naming;
        this.line = line;
    }

    /** The id's sequence, empty when it has none; null after reporting why it cannot be mapped. */
    Optional<Sequence> read(TypeElement entity, MappedColumn id, String tableName, boolean tablePerClass, Report report) {
        Element field = id.attribute().element();
        Optional<Mapping.GeneratedValue> value = Mapping.of(field, elements).generatedValue();
        if (value.isEmpty() || id.column().identity() || !isIntegral(id)) {
            return Optional.empty();
        }
        Optional<AnnotationMirror> generated = value.map(Mapping.GeneratedValue::mirror);
        String generator = value.get().generator();
        if (tablePerClass) {
            report.error(Code.UNSUPPORTED_GENERATION, "A sequence for the id of " + entity.getSimpleName() + " in a"
                    + " TABLE_PER_CLASS hierarchy is not supported yet by Migrate: Hibernate shares one sequence across"
                    + " the hierarchy. Use a UUID id, or assign the ids yourself", field, generated.get());
            return null;
        }
        if (generator.isEmpty()) {
            if (declared(field, null).isPresent()) {
                report.error(Code.UNSUPPORTED_GENERATION, "The @SequenceGenerator on " + entity.getSimpleName() + "."
                        + id.path() + " is not named by its @GeneratedValue: write @GeneratedValue(generator = \"…\")"
                        + " with the generator's name, so that the sequence is unambiguous", field, generated.get());
                return null;
            }
            Element pkg = elements.getPackageOf(entity);
            List<Mapping.SequenceGenerator> packageGenerators = declaredIn(pkg);
            if (!packageGenerators.isEmpty()) {
                // Hibernate 7.4 (checked by persisting with it) draws such an id from the package's first
                // @SequenceGenerator; with a @TableGenerator there too, which one wins is not verified.
                if (Mapping.of(pkg, elements).declaresTableGenerator()) {
                    report.error(Code.UNSUPPORTED_GENERATION, "The id of " + entity.getSimpleName() + " names no"
                            + " generator, and its package declares both @SequenceGenerator and @TableGenerator, which"
                            + " Migrate does not follow yet. Name the generator: @GeneratedValue(generator = \"…\")",
                            field, generated.get());
                    return null;
                }
                return sequence(packageGenerators.get(0), packageGenerators.get(0).name(), field, report);
            }
            return Optional.of(new Sequence(PhysicalNames.truncate(tableName + "_seq"), 1, DEFAULT_INCREMENT));
        }
        Optional<Mapping.SequenceGenerator> found = find(field, entity, generator);
        // strategy = SEQUENCE beside a @GenericGenerator of the name: Hibernate 7.2 and 7.4 ignore it and make a
        // sequence named after the generator (start 1, increment 50); 6.6 follows it (parity model genseq).
        boolean besideGeneric = line != null && !line.tableIdsUseGenericGenerators() && value.get().strategy().equals("SEQUENCE");
        Optional<GenericGenerators.Generator> generic = found.isPresent() || besideGeneric ? Optional.empty()
                : new GenericGenerators(elements).find(field, generator);
        if (generic.isPresent()) {
            return genericSequence(generic.get(), field, report);
        }
        if (found.isEmpty()) {
            // Hibernate 7.4 (checked with its export) does not look at other entities' generators: a name
            // declared nowhere in scope is a sequence of that name, start 1, increment 50.
            PhysicalNames.Resolved implicit = naming.declared(generator);
            if (!implicit.ok()) {
                report.error(Code.INVALID_NAME, "The sequence name \"" + generator + "\" (the generator's name, as no"
                        + " @SequenceGenerator declares it) cannot be used: " + implicit.problem(), field, generated.get(),
                        value.get().generatorValue());
                return null;
            }
            return Optional.of(new Sequence(implicit.name(), 1, DEFAULT_INCREMENT));
        }
        return sequence(found.get(), generator, field, report);
    }

    /**
     * The sequence of the {@code @SequenceGenerator} named {@code generator} in the scope of {@code field} (as an id's
     * is found), for a {@code @CollectionId}; empty when none declares it, null after reporting.
     */
    Optional<Sequence> declared(Element field, TypeElement entity, String generator, Report report) {
        Optional<Mapping.SequenceGenerator> found = find(field, entity, generator);
        return found.isEmpty() ? Optional.empty() : sequence(found.get(), generator, field, report);
    }

    /** The sequence a {@code @GenericGenerator} draws from, if any; null after reporting. */
    private Optional<Sequence> genericSequence(GenericGenerators.Generator generic, Element field, Report report) {
        if (generic.kind() != GenericGenerators.Kind.SEQUENCE) {
            return Optional.empty();
        }
        PhysicalNames.Resolved physical = naming.declared(generic.sequence());
        if (!physical.ok() || generic.increment() <= 0) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "The sequence \"" + generic.sequence() + "\" of the"
                    + " @GenericGenerator cannot be used: " + (physical.ok() ? "increment_size must be positive"
                    : physical.problem()), field, generic.mirror());
            return null;
        }
        return Optional.of(new Sequence(physical.name(), generic.initialValue(), generic.increment()));
    }

    /** The sequence a {@code @SequenceGenerator} declares; null after reporting why it cannot be mapped. */
    private Optional<Sequence> sequence(Mapping.SequenceGenerator sequence, String generator, Element field, Report report) {
        AnnotationMirror generatorAnnotation = sequence.mirror();
        for (Map.Entry<String, String> refused : sequence.refused().entrySet()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@SequenceGenerator(" + refused.getKey() + " = \"" + refused.getValue()
                    + "\") is not supported yet by Migrate: remove it", field, generatorAnnotation,
                    sequence.written().get(refused.getKey()));
            return null;
        }
        String name = sequence.sequenceName().isEmpty() ? generator : sequence.sequenceName();
        // Hibernate passes sequence names through the physical naming strategy, as table names: under
        // snake_case JHipster's @SequenceGenerator(name = "sequenceGenerator") is sequence_generator.
        PhysicalNames.Resolved physical = naming.declared(name);
        if (!physical.ok()) {
            report.error(Code.INVALID_NAME, "The sequence name \"" + name + "\" cannot be used: " + physical.problem(),
                    field, generatorAnnotation, sequence.written().get("sequenceName"));
            return null;
        }
        String schema = schema(sequence, field, report);
        if (schema == null) {
            return null;
        }
        int increment = sequence.allocationSize();
        if (increment <= 0) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "@SequenceGenerator(allocationSize = " + increment + ") must be"
                    + " positive", field, generatorAnnotation, sequence.written().get("allocationSize"));
            return null;
        }
        return Optional.of(new Sequence(schema.isEmpty() ? physical.name() : schema + "." + physical.name(),
                sequence.initialValue(), increment));
    }

    /**
     * The physical name of {@code @SequenceGenerator(schema)}, empty for the default schema (Hibernate 7.4 creates
     * the sequence there, {@code schema.sequence}, checked with its export); null after reporting.
     */
    private String schema(Mapping.SequenceGenerator sequence, Element field, Report report) {
        if (sequence.schema().isEmpty()) {
            return "";
        }
        PhysicalNames.Resolved schema = naming.declared(sequence.schema());
        if (!schema.ok() || schema.name().contains(".")) {
            report.error(Code.INVALID_NAME, "The schema name \"" + sequence.schema() + "\" of @SequenceGenerator(name = \""
                    + sequence.name() + "\") cannot be used: " + (schema.ok() ? "Migrate reads a dot in a sequence's name"
                    + " as the one between schema and sequence, so a schema name cannot hold one" : schema.problem()),
                    field, sequence.mirror(), sequence.written().get("schema"));
            return null;
        }
        return schema.name();
    }

    /**
     * The generator named {@code name} as Hibernate 7.4 resolves it (checked with its export): on the
     * id, the entity or a superclass, or the entity's package ({@code package-info.java}). A generator
     * declared on another entity is not seen.
     */
    private Optional<Mapping.SequenceGenerator> find(Element field, TypeElement entity, String name) {
        Optional<Mapping.SequenceGenerator> found = declared(field, name);
        for (Element type = entity; found.isEmpty() && type instanceof TypeElement t; type = superclass(t)) {
            found = declared(t, name);
        }
        return found.isPresent() ? found : declared(elements.getPackageOf(entity), name);
    }

    private List<Mapping.SequenceGenerator> declaredIn(Element element) {
        return Mapping.of(element, elements).sequenceGenerators();
    }

    /** The {@code @SequenceGenerator} on {@code element} with that name (any name when null), also when repeated. */
    private Optional<Mapping.SequenceGenerator> declared(Element element, String name) {
        return declaredIn(element).stream().filter(g -> name == null || name.equals(g.name())).findFirst();
    }

    private static Element superclass(TypeElement type) {
        return type.getSuperclass().getKind() == TypeKind.DECLARED ? ((DeclaredType) type.getSuperclass()).asElement() : null;
    }

    private static boolean isIntegral(MappedColumn id) {
        String type = id.column().type();
        return type.equals("bigint") || type.equals("integer") || type.equals("smallint");
    }
}
