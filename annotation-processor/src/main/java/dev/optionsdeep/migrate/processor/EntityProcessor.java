package dev.optionsdeep.migrate.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

import dev.optionsdeep.migrate.snapshot.Snapshot;

/**
 * Reads the {@code @Entity} classes of a compilation into one schema snapshot per database and
 * writes them to {@code META-INF/migrate/<database>.schema.json} in the class output.
 *
 * <p>Thin on purpose: reading, checking and writing live in their own classes. Entities are
 * collected over all rounds and read when processing is over, all together: whether an entity has
 * a table of its own depends on the entities extending it, which a later round may bring. The
 * snapshot is written once, then, because a file created through the Filer cannot be created again
 * in a later round.
 */
public final class EntityProcessor extends AbstractProcessor {

    private Diagnostics diagnostics;
    private ModelReader reader;
    private EntityReader entityReader;
    /** The elements carrying {@code @RenamedFrom}, by round: each must be an entity or one of its attributes. */
    private final Set<String> renameHints = new java.util.TreeSet<>();
    private SnapshotWriter writer;
    private ProcessorOptions options;
    private DatabaseResolver databases;
    private EntityIndex index;
    private Converters converters;
    private DriftCheck drift;
    private HeadCheck headCheck;
    private final SchemaCollector collector = new SchemaCollector();
    /**
     * The entities seen so far, by name: elements of an earlier round may be stale in a later one, so
     * they are looked up again by name when processing is over.
     */
    private final Set<String> read = new LinkedHashSet<>();
    /** A bug of ours was reported: stop, rather than pile up follow-up errors. */
    private boolean crashed;
    /** Some entity could not be read: no snapshot, as it would look complete without being so. */
    private boolean incomplete;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        options = ProcessorOptions.of(env.getOptions());
        diagnostics = new Diagnostics(env.getMessager(), options.strict());
        databases = new DatabaseResolver(env.getElementUtils());
        Naming naming = options.naming();
        if (naming == null) {
            env.getMessager().printMessage(Code.INVALID_OPTION.kind(), Code.INVALID_OPTION.tag() + " -A"
                    + ProcessorOptions.NAMING + "=" + options.namingOption() + " names no naming Migrate knows, so no"
                    + " table or column name can be trusted and no snapshot is written. Use -A" + ProcessorOptions.NAMING
                    + "=" + Naming.JPA.option() + " (Hibernate's default) or -A" + ProcessorOptions.NAMING + "="
                    + Naming.SNAKE_CASE.option() + " (Spring Boot's CamelCaseToUnderscoresNamingStrategy,"
                    + " Hibernate's PhysicalNamingStrategySnakeCaseImpl)");
            incomplete = true;
            naming = Naming.JPA; // still check the entities, so that the other errors show in the same build
        }
        converters = new Converters(env.getElementUtils(), env.getTypeUtils());
        entityReader = new EntityReader(env.getElementUtils(), env.getTypeUtils(), databases, naming, converters);
        reader = new ModelReader(entityReader, env.getElementUtils());
        writer = new SnapshotWriter(env.getFiler());
        index = new EntityIndex(env.getFiler());
        drift = new DriftCheck(new HeadSnapshots(env.getFiler(), options));
        headCheck = new HeadCheck(env.getElementUtils());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new java.util.HashSet<>(JpaAnnotations.ENTITY_ANNOTATIONS);
        types.addAll(JpaAnnotations.STRUCTURE_ANNOTATIONS);
        types.add(HeadCheck.REVISION);
        types.addAll(Converters.CONVERTER_ANNOTATIONS);
        types.add(RenameReader.ANNOTATION);
        return Set.copyOf(types);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.NAMES;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (!crashed) {
                readRound(round);
                if (round.processingOver()) {
                    readEntities();
                    writeSnapshots();
                }
            }
        } catch (RuntimeException | Error e) {
            crashed = true; // one bug report is enough; later rounds would only repeat it
            diagnostics.internalError(e);
        }
        return false; // other processors may want @Entity too
    }

    private void readRound(RoundEnvironment round) {
        TypeElement renamedFrom = processingEnv.getElementUtils().getTypeElement(RenameReader.ANNOTATION);
        if (renamedFrom != null) {
            round.getElementsAnnotatedWith(renamedFrom).forEach(e -> renameHints.add(RenameReader.key(e)));
        }
        TypeElement revision = processingEnv.getElementUtils().getTypeElement(HeadCheck.REVISION);
        if (revision != null) {
            ElementFilter.typesIn(round.getElementsAnnotatedWith(revision)).forEach(headCheck::add);
        }
        for (String annotation : Converters.CONVERTER_ANNOTATIONS) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type != null) {
                ElementFilter.typesIn(round.getElementsAnnotatedWith(type)).forEach(e -> {
                    converters.register(e);
                    read.add(e.getQualifiedName().toString());
                });
            }
        }
        for (String annotation : JpaAnnotations.ENTITY_ANNOTATIONS) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type != null) {
                ElementFilter.typesIn(round.getElementsAnnotatedWith(type))
                        .forEach(e -> read.add(e.getQualifiedName().toString()));
            }
        }
    }

    /**
     * Reads every entity of this compilation, and those of the previous compilation it did not see,
     * from their class files: an incremental compilation recompiles only what changed, and the
     * snapshot must still hold every entity. A class that is gone, or no longer an entity, is left out.
     */
    private void readEntities() {
        // Sorted, so that which of two clashing entities is "the second" never depends on file order.
        Set<String> names = new java.util.TreeSet<>(read);
        names.addAll(index.previous());
        List<TypeElement> entities = new ArrayList<>();
        for (String name : names) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null && converters.register(type)) {
                read.add(name); // an unchanged auto-apply converter still applies
                continue;
            }
            if (type == null || JpaAnnotations.find(type, JpaAnnotations.ENTITY).isEmpty()) {
                continue;
            }
            read.add(name);
            if (ModelReader.hasUnresolvedTypes(type)) {
                incomplete = true; // javac reports the missing type itself
            } else {
                entities.add(type);
            }
        }
        for (ModelReader.Result result : reader.read(entities)) {
            if (result.mapped() != null) {
                collector.add(result.mapped(), result.report());
            }
            incomplete |= !result.complete() || result.report().hasErrors();
            diagnostics.print(result.report());
        }
    }

    /**
     * After an error the snapshot would miss the entity in error: writing nothing is better than a
     * file that looks complete. The compilation fails anyway.
     */
    private void writeSnapshots() {
        if (incomplete) {
            return;
        }
        Report report = new Report();
        checkAssignments(report);
        checkRenameHints(report);
        if (!report.hasErrors() && !collector.isEmpty()) {
            for (Map.Entry<String, Snapshot> e : collector.snapshots().entrySet()) {
                writer.write(e.getValue(), collector.entitiesOf(e.getKey()), report);
                writer.writeRenameHints(e.getKey(), collector.renameHints(e.getKey()), collector.entitiesOf(e.getKey()), report);
                if (options.check()) {
                    Map<String, MappedEntity> byTable = collector.byTable(e.getKey());
                    drift.check(e.getValue(), byTable, collector.renameHints(e.getKey()), databaseElement(byTable), report);
                    headCheck.check(e.getKey(), options.migrationPackage(), report);
                }
            }
        }
        if (!report.hasErrors()) {
            try {
                List<TypeElement> all = new ArrayList<>();
                collector.snapshots().keySet().forEach(db -> all.addAll(collector.entitiesOf(db)));
                index.write(read, all);
            } catch (java.io.IOException e) {
                // Only incremental compilations need the index; a full one is right without it.
            }
        }
        diagnostics.print(report);
    }

    /** A {@code @RenamedFrom} no entity used would be silently ignored: say so where it is. */
    private void checkRenameHints(Report report) {
        for (String key : renameHints) {
            javax.lang.model.element.Element e = RenameReader.element(key, processingEnv.getElementUtils());
            if (e != null && !entityReader.renameHosts().contains(key)) {
                report.error(Code.INVALID_RENAME, "@RenamedFrom on " + e.getSimpleName() + " has no effect: it belongs on an"
                        + " @Entity class (its table's old name) or on a persistent attribute of one that maps to a column"
                        + " (the column's old name). Move it there, or remove it", e, RenameReader.find(e).orElse(null));
            }
        }
    }

    /** Once any package says which database it belongs to, every entity must be in a database. */
    private void checkAssignments(Report report) {
        List<MappedEntity> all = collector.all();
        List<MappedEntity> unassigned = all.stream().filter(m -> databases.assignment(m.element()).isEmpty()).toList();
        if (unassigned.size() == all.size()) {
            return; // one database, needing no assignment
        }
        for (MappedEntity m : unassigned) {
            report.error(Code.NO_DATABASE, "@Entity " + m.element().getSimpleName() + " belongs to no database, while"
                    + " other entities are assigned one with @Database. Put @Database(\"…\") on package-info.java of "
                    + processingEnv.getElementUtils().getPackageOf(m.element()).getQualifiedName()
                    + " or of a parent package", m.element(), m.entityAnnotation());
        }
    }

    /** Where messages about a whole database go: its {@code @Database} package, else its first entity. */
    private javax.lang.model.element.Element databaseElement(Map<String, MappedEntity> byTable) {
        MappedEntity first = byTable.values().stream()
                .min(Comparator.comparing(m -> m.element().getQualifiedName().toString())).orElseThrow();
        return databases.assignment(first.element()).map(p -> (javax.lang.model.element.Element) p).orElse(first.element());
    }
}
