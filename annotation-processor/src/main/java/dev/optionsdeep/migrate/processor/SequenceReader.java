package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.schema.Sequence;

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

    SequenceReader(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /** The id's sequence, empty when it has none; null after reporting why it cannot be mapped. */
    Optional<Sequence> read(TypeElement entity, MappedColumn id, String tableName, boolean tablePerClass, Report report) {
        Element field = id.attribute().element();
        Optional<AnnotationMirror> generated = JpaAnnotations.find(field, JpaAnnotations.GENERATED_VALUE);
        if (generated.isEmpty() || id.column().identity() || !isIntegral(id)) {
            return Optional.empty();
        }
        Attributes value = new Attributes(generated.get(), elements);
        String generator = value.string("generator");
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
            return Optional.of(new Sequence(PhysicalNames.truncate(tableName + "_seq"), 1, DEFAULT_INCREMENT));
        }
        Optional<AnnotationMirror> found = declared(field, generator);
        for (Element type = entity; found.isEmpty() && type instanceof TypeElement t; type = superclass(t)) {
            found = declared(t, generator);
        }
        if (found.isEmpty()) {
            report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue(generator = \"" + generator + "\") on "
                    + entity.getSimpleName() + "." + id.path() + " names no @SequenceGenerator on the id or the entity."
                    + " Declare @SequenceGenerator(name = \"" + generator + "\", sequenceName = \"…\") there (table"
                    + " generators are not supported yet)", field, generated.get(), value.explicitValue("generator"));
            return null;
        }
        Attributes sequence = new Attributes(found.get(), elements);
        for (String attribute : new String[] {"schema", "catalog", "options"}) {
            if (!sequence.string(attribute).isEmpty()) {
                report.error(Code.UNSUPPORTED_ATTRIBUTE, "@SequenceGenerator(" + attribute + " = \"" + sequence.string(attribute)
                        + "\") is not supported yet by Migrate: remove it", field, found.get(), sequence.explicitValue(attribute));
                return null;
            }
        }
        String name = sequence.string("sequenceName").isEmpty() ? generator : sequence.string("sequenceName");
        // Hibernate passes sequence names through the physical naming strategy, as table names: under
        // snake_case JHipster's @SequenceGenerator(name = "sequenceGenerator") is sequence_generator.
        PhysicalNames.Resolved physical = naming.declared(name);
        if (!physical.ok()) {
            report.error(Code.INVALID_NAME, "The sequence name \"" + name + "\" cannot be used: " + physical.problem(),
                    field, found.get(), sequence.explicitValue("sequenceName"));
            return null;
        }
        int increment = sequence.integer("allocationSize", DEFAULT_INCREMENT);
        if (increment <= 0) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "@SequenceGenerator(allocationSize = " + increment + ") must be"
                    + " positive", field, found.get(), sequence.explicitValue("allocationSize"));
            return null;
        }
        return Optional.of(new Sequence(physical.name(), sequence.integer("initialValue", 1), increment));
    }

    /** The {@code @SequenceGenerator} on {@code element} with that name (any name when null). */
    private static Optional<AnnotationMirror> declared(Element element, String name) {
        return JpaAnnotations.find(element, SEQUENCE_GENERATOR).filter(m -> name == null || m.getElementValues().entrySet()
                .stream().anyMatch(e -> e.getKey().getSimpleName().contentEquals("name")
                        && name.equals(String.valueOf(e.getValue().getValue()))));
    }

    private static Element superclass(TypeElement type) {
        return type.getSuperclass().getKind() == TypeKind.DECLARED ? ((DeclaredType) type.getSuperclass()).asElement() : null;
    }

    private static boolean isIntegral(MappedColumn id) {
        String type = id.column().type();
        return type.equals("bigint") || type.equals("integer") || type.equals("smallint");
    }
}
