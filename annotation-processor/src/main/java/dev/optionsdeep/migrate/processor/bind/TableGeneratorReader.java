package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.read.Mapping;
import dev.optionsdeep.migrate.processor.read.TableValues.TableGeneratorAnnotation;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * The table an id with {@code @GeneratedValue(strategy = TABLE)} draws its values from, as Hibernate
 * 7.4 exports it (checked with its export, parity model {@code tablegen}): the {@code @TableGenerator}
 * the generator name resolves to (on the id, the entity or a superclass, or the package, as for
 * sequences; an unnamed TABLE id uses the package's first one), else {@code hibernate_sequences}. The
 * table is {@code table}, else the generator's name. The table is a segment column ({@code pkColumnName},
 * default {@code sequence_name}, varchar(255) not null, the primary key) and a value column
 * ({@code valueColumnName}, default {@code next_val}, bigint null). The table name goes through the
 * physical naming strategy; the column names do not (Hibernate only folds them as PostgreSQL does).
 * Hibernate's export also inserts each segment's first row, but its generator inserts a missing row
 * on first use ({@code TableGenerator.nextValue}), so the schema needs no rows.
 */
final class TableGeneratorReader {

    static final String TABLE_GENERATOR = "TableGenerator";
    private static final String DEFAULT_TABLE = "hibernate_sequences";
    private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
    private static final String DEFAULT_VALUE_COLUMN = "next_val";

    private final Elements elements;
    private final Naming naming;

    TableGeneratorReader(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /**
     * The generator table of the id, or null after reporting why it cannot be mapped.
     *
     * @param namedAfterGenerator whether a generator name no {@code @TableGenerator} declares is the table's name, as
     *                            Hibernate 7 takes the name of a {@code @GenericGenerator} next to a TABLE id (checked
     *                            with its export, parity model {@code gennamed})
     */
    Table read(TypeElement entity, Element field, AnnotationMirror generated, boolean namedAfterGenerator,
               Report report) {
        Mapping.GeneratedValue value = Mapping.of(field, elements).generatedValue().orElseThrow();
        String generator = value.generator();
        if (generator.isEmpty() && !declaredIn(elements.getPackageOf(entity)).isEmpty()
                && !Mapping.of(elements.getPackageOf(entity), elements).sequenceGenerators().isEmpty()) {
            // Which of the package's generators Hibernate 7.4 then uses is not verified.
            report.error(Code.UNSUPPORTED_GENERATION, "The TABLE id of " + entity.getSimpleName() + " names no"
                    + " generator, and its package declares both @SequenceGenerator and @TableGenerator, which"
                    + " Migrate does not follow yet. Name the generator: @GeneratedValue(strategy = GenerationType.TABLE,"
                    + " generator = \"…\")", field, generated);
            return null;
        }
        Optional<TableGeneratorAnnotation> found = generator.isEmpty() ? unnamed(field, entity) : find(field, entity, generator);
        if (found.isEmpty()) {
            // No @TableGenerator in scope: Hibernate uses its default table (a name of a @SequenceGenerator
            // or of nothing in scope is not followed here: reported, as that is not verified).
            if (!generator.isEmpty() && namedAfterGenerator) {
                return table(generator, DEFAULT_SEGMENT_COLUMN, DEFAULT_VALUE_COLUMN, 255, field, generated, null,
                        report);
            }
            if (!generator.isEmpty()) {
                report.error(Code.UNSUPPORTED_GENERATION, "@GeneratedValue(strategy = GenerationType.TABLE, generator = \""
                        + generator + "\") on " + entity.getSimpleName() + "." + field.getSimpleName() + " names no"
                        + " @TableGenerator on the id, the entity, a superclass or the package, which Migrate does not"
                        + " follow yet. Declare @TableGenerator(name = \"" + generator + "\", …) next to the id",
                        field, generated, value.generatorValue());
                return null;
            }
            return table(DEFAULT_TABLE, DEFAULT_SEGMENT_COLUMN, DEFAULT_VALUE_COLUMN, 255, field, generated, null, report);
        }
        TableGeneratorAnnotation table = found.get();
        AnnotationMirror annotation = table.mirror();
        for (java.util.Map.Entry<String, String> refused : table.refused().entrySet()) {
            report.error(Code.UNSUPPORTED_ATTRIBUTE, "@TableGenerator(" + refused.getKey() + " = \"" + refused.getValue()
                    + "\") is not supported yet by Migrate: remove it", field, annotation,
                    table.written().get(refused.getKey()));
            return null;
        }
        // Without table, Hibernate 7.4 names the table after the generator (checked with its export).
        String tableName = table.table().isEmpty() ? table.name() : table.table();
        String segment = table.pkColumnName().isEmpty() ? DEFAULT_SEGMENT_COLUMN : table.pkColumnName();
        String next = table.valueColumnName().isEmpty() ? DEFAULT_VALUE_COLUMN : table.valueColumnName();
        Table generatorTable = table(tableName, segment, next, 255, field, annotation, table, report);
        return generatorTable == null ? null : inSchema(generatorTable, field, table, report);
    }

    /**
     * The table in its {@code schema}; null after reporting. Its {@code uniqueConstraints} and {@code indexes} are
     * ignored, as Hibernate 7.4 creates neither for a generator table (checked with its export).
     */
    private Table inSchema(Table generatorTable, Element field, TableGeneratorAnnotation generator, Report report) {
        for (String attribute : new String[] {"uniqueConstraints", "indexes"}) {
            if (attribute.equals("indexes") ? generator.hasIndexes() : generator.hasUniqueConstraints()) {
                report.warning(Code.IGNORED_ATTRIBUTE, "@TableGenerator(" + attribute + ") has no effect: Hibernate 7.4"
                        + " creates no constraint or index for a generator table, and neither does Migrate. Create it in"
                        + " a revision if the table needs it", field, generator.mirror(), generator.written().get(attribute));
            }
        }
        String schema = generator.schema();
        if (schema.isEmpty()) {
            return generatorTable;
        }
        PhysicalNames.Resolved physical = naming.declared(schema);
        if (!physical.ok()) {
            report.error(Code.INVALID_NAME, "The generator table's schema \"" + schema + "\" cannot be used: "
                    + physical.problem(), field, generator.mirror(), generator.written().get("schema"));
            return null;
        }
        return new Table(Table.qualified(physical.name(), generatorTable.name()), generatorTable.columns(),
                generatorTable.primaryKey(), List.of(), List.of());
    }

    /**
     * The table of a {@code @GenericGenerator} naming Hibernate's enhanced {@code TableGenerator}: the same table
     * as a {@code @TableGenerator}'s, which Hibernate turns into that generator's parameters; null after reporting.
     */
    Table generic(GenericGenerators.Generator generator, Element field, Report report) {
        GenericGenerators.GeneratorTable table = generator.table();
        if (table.valueOnly()) {
            return valueTable(table, field, generator.mirror(), report);
        }
        if (table.segmentLength() <= 0) {
            report.error(Code.INVALID_ATTRIBUTE_VALUE, "The segment_value_length of the @GenericGenerator must be"
                    + " positive", field, generator.mirror());
            return null;
        }
        return table(table.table(), table.segmentColumn(), table.valueColumn(), table.segmentLength(), field,
                generator.mirror(), null, report);
    }

    private Table table(String written, String segment, String next, int segmentLength, Element field,
                        AnnotationMirror at, TableGeneratorAnnotation attributes, Report report) {
        PhysicalNames.Resolved name = naming.declared(written);
        if (!name.ok()) {
            report.error(Code.INVALID_NAME, "The generator table name \"" + written + "\" cannot be used: "
                    + name.problem(), field, at, attributes == null ? null : attributes.written().get("table"));
            return null;
        }
        // Not the naming strategy: Hibernate 7.4 renders these as written, so PostgreSQL folds them.
        PhysicalNames.Resolved segmentName = PhysicalNames.declared(segment);
        PhysicalNames.Resolved valueName = PhysicalNames.declared(next);
        for (PhysicalNames.Resolved column : List.of(segmentName, valueName)) {
            if (!column.ok()) {
                report.error(Code.INVALID_NAME, "A column name of the generator table " + written + " cannot be used: "
                        + column.problem(), field, at, null);
                return null;
            }
        }
        if (segmentName.name().equals(valueName.name())) {
            report.error(Code.DUPLICATE_COLUMN, "The generator table " + name.name() + " would get two columns named "
                    + segmentName.name() + ": give pkColumnName and valueColumnName different names", field, at, null);
            return null;
        }
        return new Table(name.name(), List.of(new Column(segmentName.name(), dev.optionsdeep.migrate.schema.SqlTypes.varchar(segmentLength), false, false),
                new Column(valueName.name(), dev.optionsdeep.migrate.schema.SqlTypes.BIGINT, true, false)),
                new PrimaryKey(PhysicalNames.primaryKeyName(name.name()), List.of(segmentName.name())), List.of(), List.of());
    }

    /**
     * The table of an enhanced sequence generator forced onto a table ({@code force_table_use}): its value column
     * only, {@code bigint}, nullable, without a key, as Hibernate's {@code TableStructure} exports it; null after
     * reporting.
     */
    private Table valueTable(GenericGenerators.GeneratorTable generator, Element field, AnnotationMirror at,
                             Report report) {
        PhysicalNames.Resolved name = naming.declared(generator.table());
        PhysicalNames.Resolved value = PhysicalNames.declared(generator.valueColumn());
        if (!name.ok() || !value.ok()) {
            report.error(Code.INVALID_NAME, "The table " + generator.table() + " of the @GenericGenerator, or its value"
                    + " column " + generator.valueColumn() + ", cannot be used: " + (name.ok() ? value : name).problem(),
                    field, at, null);
            return null;
        }
        return new Table(name.name(), List.of(new Column(value.name(), dev.optionsdeep.migrate.schema.SqlTypes.BIGINT,
                true, false)), null, List.of(), List.of());
    }

    /** Whether the generator {@code name} is a {@code @TableGenerator} in the id's scope. */
    boolean declares(Element field, TypeElement entity, String name) {
        return !name.isEmpty() && find(field, entity, name).isPresent();
    }

    /** The @TableGenerator an unnamed TABLE id uses: the package's first one (checked with the export). */
    private Optional<TableGeneratorAnnotation> unnamed(Element field, TypeElement entity) {
        List<TableGeneratorAnnotation> onPackage = declaredIn(elements.getPackageOf(entity));
        return onPackage.isEmpty() ? Optional.empty() : Optional.of(onPackage.get(0));
    }

    private Optional<TableGeneratorAnnotation> find(Element field, TypeElement entity, String name) {
        Optional<TableGeneratorAnnotation> found = declared(field, name);
        for (Element type = entity; found.isEmpty() && type instanceof TypeElement t; type = superclass(t)) {
            found = declared(t, name);
        }
        return found.isPresent() ? found : declared(elements.getPackageOf(entity), name);
    }

    private List<TableGeneratorAnnotation> declaredIn(Element element) {
        return Mapping.of(element, elements).declaredTableGenerators();
    }

    private Optional<TableGeneratorAnnotation> declared(Element element, String name) {
        return declaredIn(element).stream()
                .filter(g -> g.name().equals(name))
                .findFirst();
    }

    private static Element superclass(TypeElement type) {
        return type.getSuperclass().getKind() == TypeKind.DECLARED ? ((DeclaredType) type.getSuperclass()).asElement() : null;
    }
}
