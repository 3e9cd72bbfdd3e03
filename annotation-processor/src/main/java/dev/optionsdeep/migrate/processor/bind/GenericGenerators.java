package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.TableValues.GenericGeneratorAnnotation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Hibernate's {@code @GenericGenerator(name, strategy, parameters)}, deprecated since 6.5 and still honoured by 7.4,
 * as models written for Hibernate 5 and 6 use it with {@code @GeneratedValue(generator = name)}. What each strategy
 * needs of the schema (checked with Hibernate 7.4's export, parity model {@code generic}):
 * <ul>
 *   <li>values made in Java or given by the application ({@code uuid2}, {@code uuid}, {@code guid},
 *       {@code increment}, {@code assigned}, {@code foreign}): a plain id column, nothing more;</li>
 *   <li>{@code identity}: an identity column;</li>
 *   <li>{@code sequence}, {@code enhanced-sequence}, {@code native} (on PostgreSQL) and
 *       {@code SequenceStyleGenerator}: a sequence named by the {@code sequence_name} parameter, else the
 *       generator's name, starting at {@code initial_value} (1) by {@code increment_size} (50); with
 *       {@code force_table_use = true} (OpenOLAT's ids) the same generator keeps its value in a table of that name
 *       instead: one {@code bigint} column, {@code value_column} (default {@code next_val}), nullable, no key, which
 *       Hibernate's export creates with its one row (checked with 6.6's, 7.2's and 7.4's export, parity model
 *       {@code hilotable});</li>
 *   <li>{@code enhanced-table} and {@code org.hibernate.id.enhanced.TableGenerator} (what {@code @TableGenerator}
 *       itself becomes): the table {@code table_name} (default {@code hibernate_sequences}) of a segment column
 *       {@code segment_column_name} (default {@code sequence_name}, varchar of {@code segment_value_length}, 255) and
 *       a value column {@code value_column_name} (default {@code next_val}), checked with 6.6's and 7.2's export
 *       (parity model {@code gennamed}); with a {@code schema} or {@code catalog} parameter it is left as an
 *       application's own generator, as those are not followed yet;</li>
 *   <li>any other strategy (an application's own generator class): a plain id column, with a warning, as Migrate
 *       cannot know whether the class draws from a sequence or a table of its own.</li>
 * </ul>
 * The generator is looked up as Hibernate looks up a named generator: on the id, the entity or a superclass, then
 * the package.
 */
final class GenericGenerators {

    static final String ANNOTATION = "GenericGenerator";
    static final String CONTAINER = "GenericGenerators";

    enum Kind { PLAIN, IDENTITY, SEQUENCE, TABLE, CUSTOM }

    /**
     * @param strategy  the strategy as written
     * @param sequence  the sequence's name as written, for {@link Kind#SEQUENCE}
     * @param table     the generator table, for {@link Kind#TABLE}, else null
     * @param mirror    the annotation, where messages point
     */
    record Generator(Kind kind, String strategy, String sequence, int initialValue, int increment,
                     GeneratorTable table, AnnotationMirror mirror) {
    }

    /**
     * The table of an enhanced {@code TableGenerator}, its names as written; with no {@code segmentColumn}, the
     * one-column table of an enhanced sequence generator forced onto a table.
     */
    record GeneratorTable(String table, String segmentColumn, String valueColumn, int segmentLength) {

        /** Whether this is a forced sequence's table: one value column, one row, no key. */
        boolean valueOnly() {
            return segmentColumn == null;
        }
    }

    private static final List<String> PLAIN = List.of("uuid2", "uuid", "uuid.hex", "guid", "increment", "assigned",
            "foreign", "org.hibernate.id.uuidgenerator", "org.hibernate.id.uuidhexgenerator",
            "org.hibernate.id.guidgenerator", "org.hibernate.id.incrementgenerator", "org.hibernate.id.assigned",
            "org.hibernate.id.foreigngenerator");
    private static final List<String> IDENTITY = List.of("identity", "org.hibernate.id.identitygenerator");
    private static final List<String> SEQUENCE = List.of("sequence", "enhanced-sequence", "native", "seqhilo",
            "org.hibernate.id.enhanced.sequencestylegenerator", "org.hibernate.id.sequencegenerator");
    private static final List<String> TABLE = List.of("enhanced-table", "org.hibernate.id.enhanced.tablegenerator");

    private final Elements elements;

    GenericGenerators(Elements elements) {
        this.elements = elements;
    }

    /** The {@code @GenericGenerator} named {@code name} in scope of the id {@code field}, if any. */
    Optional<Generator> find(Element field, String name) {
        Optional<Generator> local = local(field, name);
        return local.isPresent() || name == null || name.isEmpty() ? local
                : named(elements.getPackageOf(field), name).map(m -> generator(m, name));
    }

    /**
     * The {@code @GenericGenerator} named {@code name} on the id {@code field}, its entity or a superclass, if any:
     * not one on the package, which Hibernate 7 registers globally.
     */
    Optional<Generator> local(Element field, String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<GenericGeneratorAnnotation> found = named(field, name);
        Element type = field.getEnclosingElement();
        while (found.isEmpty() && type instanceof TypeElement t) {
            found = named(t, name);
            type = t.getSuperclass().getKind() == TypeKind.DECLARED ? ((DeclaredType) t.getSuperclass()).asElement()
                    : null;
        }
        return found.map(m -> generator(m, name));
    }

    private Generator generator(GenericGeneratorAnnotation attributes, String name) {
        AnnotationMirror mirror = attributes.mirror();
        // type = names the generator's class, which Hibernate uses rather than the strategy (whose default, "native"
        // in 6.x, the annotation reports all the same): HAPI FHIR's own sequence generator is named so.
        String type = attributes.type();
        String strategy = type != null ? type : attributes.strategy();
        String key = strategy.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && PLAIN.contains(key)) {
            return new Generator(Kind.PLAIN, strategy, null, 0, 0, null, mirror);
        }
        if (IDENTITY.contains(key)) {
            return new Generator(Kind.IDENTITY, strategy, null, 0, 0, null, mirror);
        }
        if (SEQUENCE.contains(key)) {
            Map<String, String> parameters = attributes.parameters();
            if (parameters.getOrDefault("force_table_use", "").strip().equalsIgnoreCase("true")) {
                return new Generator(Kind.TABLE, strategy, null, number(parameters.get("initial_value"), 1), 0,
                        new GeneratorTable(sequenceName(parameters, name), null,
                                parameters.getOrDefault("value_column", "next_val"), 0), mirror);
            }
            return new Generator(Kind.SEQUENCE, strategy, sequenceName(parameters, name),
                    number(parameters.get("initial_value"), 1), number(parameters.get("increment_size"),
                    SequenceReader.DEFAULT_INCREMENT), null, mirror);
        }
        Map<String, String> parameters = attributes.parameters();
        if (TABLE.contains(key) && !parameters.containsKey("schema") && !parameters.containsKey("catalog")) {
            return new Generator(Kind.TABLE, strategy, null, 0, 0, new GeneratorTable(
                    parameters.getOrDefault("table_name", "hibernate_sequences"),
                    parameters.getOrDefault("segment_column_name", "sequence_name"),
                    parameters.getOrDefault("value_column_name", "next_val"),
                    number(parameters.get("segment_value_length"), 255)), mirror);
        }
        return new Generator(Kind.CUSTOM, strategy, null, 0, 0, null, mirror);
    }

    /**
     * The sequence's name as Hibernate's {@code SequenceStyleGenerator} reads it (6.6, 7.2 and 7.4): the
     * {@code sequence_name} parameter, else the older {@code sequence} (OpenMRS names its PostgreSQL serial sequences
     * so, {@code encounter_role_encounter_role_id_seq}), else the generator's name.
     */
    private static String sequenceName(Map<String, String> parameters, String generator) {
        for (String parameter : List.of("sequence_name", "sequence")) {
            String value = parameters.get(parameter);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return generator;
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private Optional<GenericGeneratorAnnotation> named(Element element, String name) {
        return Mapping.of(element, elements).declaredGenericGenerators().stream()
                .filter(g -> name.equals(g.name())).findFirst();
    }
}
