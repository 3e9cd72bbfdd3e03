package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.processor.read.BeanValidation;
import dev.optionsdeep.migrate.processor.bind.EntityDrafter;
import dev.optionsdeep.migrate.processor.bind.MappedEntity;
import dev.optionsdeep.migrate.processor.bind.ModelBinder;
import dev.optionsdeep.migrate.processor.check.DatabaseAssignments;
import dev.optionsdeep.migrate.processor.check.DriftCheck;
import dev.optionsdeep.migrate.processor.check.ExclusionFilter;
import dev.optionsdeep.migrate.processor.check.HeadCheck;
import dev.optionsdeep.migrate.processor.check.HeadSnapshots;
import dev.optionsdeep.migrate.processor.check.IncompleteModel;
import dev.optionsdeep.migrate.processor.check.SchemaCollector;
import dev.optionsdeep.migrate.processor.read.Converters;
import dev.optionsdeep.migrate.processor.read.DatabaseResolver;
import dev.optionsdeep.migrate.processor.read.IncludedEntities;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;
import dev.optionsdeep.migrate.processor.bind.RenameReader;
import dev.optionsdeep.migrate.processor.write.EntityIndex;
import dev.optionsdeep.migrate.processor.write.SnapshotWriter;

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

import dev.optionsdeep.migrate.snapshot.Snapshot;

/**
 * Reads the {@code @Entity} classes of a compilation into one schema snapshot per database and
 * writes them to {@code META-INF/migrate/<database>.schema.json} in the class output.
 *
 * <p>Thin on purpose: reading, checking and writing live in their own classes. Entities are collected over all
 * rounds and read when processing is over, all together: whether an entity has a table of its own depends on the
 * entities extending it, which a later round may bring. The snapshot is written once, then, because a file created
 * through the Filer cannot be created again in a later round.
 */
public final class EntityProcessor extends AbstractProcessor {

    private Diagnostics diagnostics;
    private ModelBinder reader;
    private EntityDrafter entityDrafter;
    /** The elements carrying {@code @RenamedFrom}, by round: each must be an entity or one of its attributes. */
    private final Set<String> renameHints = new java.util.TreeSet<>();
    private SnapshotWriter writer;
    private ProcessorOptions options;
    private DatabaseResolver databases;
    /** The entities {@code @Database(include = …)} brings from the class path, and the {@code @EntityScan} check. */
    private IncludedEntities included;
    private EntityIndex index;
    private Converters converters;
    private DriftCheck drift;
    private HeadCheck headCheck;
    private final SchemaCollector collector = new SchemaCollector();
    /** Entities seen so far, by name (a round's elements may be stale later: looked up again at the end). */
    private final Set<String> read = new LinkedHashSet<>();
    /** What the user manages by hand: left out of the snapshots, unreported. */
    private ExclusionFilter exclusions;
    /** A bug of ours was reported: stop reading, rather than pile up follow-up errors. */
    private boolean crashed;
    private HibernateLine hibernateLine;
    /** The snapshots were written (or given up on): the Filer cannot create them twice. */
    private boolean written;
    /** A type an entity uses is unknown: javac reports it and fails, so no snapshot is worth writing. */
    private boolean unresolved;
    /** What could not be mapped, and so makes the snapshots incomplete (see {@link IncompleteModel}). */
    private final IncompleteModel problems = new IncompleteModel();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        options = ProcessorOptions.of(env.getOptions());
        diagnostics = Diagnostics.of(env.getMessager(), options);
        databases = new DatabaseResolver(env.getElementUtils());
        included = new IncludedEntities(env.getElementUtils(), databases);
        hibernateLine = ConfiguredHibernateLine.resolve(env, diagnostics, problems);
        Naming naming = ConfiguredNaming.resolve(env, options, diagnostics, problems).forLine(hibernateLine);
        converters = new Converters(env.getElementUtils(), env.getTypeUtils());
        String validation = env.getOptions().get(BeanValidation.OPTION);
        if (!BeanValidation.validOption(validation)) {
            diagnostics.print(Code.INVALID_OPTION, "-A" + BeanValidation.OPTION + "=" + validation + " is not auto, true"
                    + " or false; Migrate takes auto (Jakarta Validation constraints shape the schema when a validation"
                    + " provider is on the class path, as Hibernate does). Use -A" + BeanValidation.OPTION + "=false if"
                    + " the application sets jakarta.persistence.validation.mode=none");
        }
        entityDrafter = new EntityDrafter(env.getElementUtils(), env.getTypeUtils(), databases, naming, converters,
                options.exclusions(), BeanValidation.of(env.getElementUtils(), validation), hibernateLine,
                dev.optionsdeep.migrate.processor.read.UserTypeCodes.of(env), XmlMappings.read(env.getFiler()));
        reader = new ModelBinder(entityDrafter, env.getElementUtils(), envers(env.getOptions()));
        writer = new SnapshotWriter(env.getFiler());
        index = new EntityIndex(env.getFiler());
        drift = new DriftCheck(new HeadSnapshots(env.getFiler(), options), MavenGoal.isRevision());
        headCheck = new HeadCheck(env.getElementUtils());
        exclusions = new ExclusionFilter(options.exclusions(), env.getElementUtils());
        dev.optionsdeep.migrate.processor.write.RevisionIndexTask.register(env); // once javac is done
    }

    /**
     * Every compilation: javac takes a processor's {@code -A} options as recognized only once it has called it, so a
     * module without entities (inheriting {@code -Amigrate.strict}) would warn, failing {@code -Werror}. Entities
     * are looked up by name in each round.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        Set<String> names = new java.util.HashSet<>(ProcessorOptions.NAMES);
        names.addAll(EnversSettings.OPTIONS);
        return names;
    }

    /** The Envers settings the options tell; an unknown strategy marks every snapshot incomplete, as its tables would be wrong. */
    private EnversSettings envers(java.util.Map<String, String> given) {
        EnversSettings envers = EnversSettings.of(given == null ? java.util.Map.of() : given);
        for (String invalid : envers.invalid()) {
            String message = "-A" + invalid + " is not an audit strategy Migrate knows: default or validity (Envers'"
                    + " ValidityAuditStrategy), which shape the audit tables as Envers does";
            diagnostics.print(Code.INVALID_OPTION, message);
            problems.everywhere(Code.INVALID_OPTION, "-A" + EnversSettings.PREFIX + "audit_strategy", message);
        }
        return envers;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!crashed) {
            try {
                readRound(round);
                if (round.processingOver()) { // each element's annotations read once, however many steps ask
                    dev.optionsdeep.migrate.processor.read.ReadCache.within(processingEnv.getElementUtils(), this::readEntities);
                }
            } catch (RuntimeException | Error e) {
                crash(e);
            }
        }
        if (round.processingOver() && !written) {
            written = true;
            try {
                writeSnapshots(); // also after a crash: the snapshots then say they are incomplete
            } catch (RuntimeException | Error e) {
                if (!crashed) {
                    crash(e);
                }
            }
        }
        return false; // other processors may want @Entity too
    }

    /** One bug report is enough; later rounds would only repeat it. Never an exception out of javac. */
    private void crash(Throwable e) {
        crashed = true;
        diagnostics.internalError(e);
        problems.everywhere(Code.INTERNAL_ERROR, "Migrate's annotation processor",
                Diagnostics.crashText(e, "The schema snapshots are marked incomplete because of it"));
    }

    private void readRound(RoundEnvironment round) {
        RoundElements found = RoundElements.of(round, processingEnv.getElementUtils());
        found.renamed.forEach(e -> renameHints.add(RenameReader.key(e)));
        found.revisions.forEach(headCheck::add);
        found.databases.forEach(included::addDatabasePackage);
        found.entityScans.forEach(included::addEntityScan);
        for (TypeElement e : found.converters) {
            converters.register(e);
            read.add(e.getQualifiedName().toString());
        }
        for (TypeElement e : found.entities) {
            read.add(e.getQualifiedName().toString());
        }
    }

    /**
     * Reads every entity of this compilation, and those of the previous compilation it did not see,
     * from their class files: an incremental compilation recompiles only what changed, and the
     * snapshot must still hold every entity. A class that is gone, or no longer an entity, is left out. The
     * included library entities are read each time too, but never recorded as this compilation's.
     */
    private void readEntities() {
        // Sorted, so that which of two clashing entities is "the second" never depends on file order.
        Set<String> names = new java.util.TreeSet<>(read);
        names.addAll(index.previous());
        Report libraries = new Report();
        Set<String> library = included.read(names, libraries);
        names.addAll(library);
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
            Problem unreadable = ModelBinder.hasUnresolvedTypes(type) ? included.unreadable(type, libraries) : null;
            if (unreadable != null) {
                problems.add(type, databaseOf(type), unreadable);
            } else if (ModelBinder.hasUnresolvedTypes(type)) {
                unresolved = true; // javac reports a missing type of a source itself, not of a library's class file
            } else {
                entities.add(type);
            }
        }
        for (ModelBinder.Result result : reader.read(entities)) {
            if (exclusions.excludes(result)) {
                continue; // managed by hand: neither in the snapshot nor reported
            }
            if (result.mapped() != null) {
                collector.add(result.mapped(), result.report());
            }
            problems.add(result.entity(), databaseOf(result.entity()), result.report());
            if (!result.complete() && !result.report().abandons()) {
                // Left out because an entity it depends on could not be read (that one's messages say why):
                // recorded here too, so that excluding that one never makes this one vanish silently.
                problems.add(result.entity(), databaseOf(result.entity()), new Problem(Code.UNSUPPORTED_ENTITY_MAPPING,
                        "@Entity " + result.entity().getSimpleName() + " is left out because an entity it extends or"
                        + " references could not be mapped", result.entity(), null, null));
            }
            diagnostics.print(included.shown(result.entity(), result.report()));
        }
        read.removeAll(library);
        included.checkEntityScans(read, libraries);
        read.addAll(included.databasePackageNames()); // in the index, for a database of library entities only
        diagnostics.print(libraries);
    }

    /** The entity's database; null when its {@code @Database} is invalid (reported as it was read). */
    private String databaseOf(TypeElement entity) {
        return databases.databaseOf(entity, new Report());
    }

    /**
     * Writes each database's snapshot: what could be mapped, and the problems that make it incomplete
     * (the goals that compare the model refuse it until they are fixed or excluded). A database whose
     * every entity failed still gets one, so that the goals say why instead of "no compiled model".
     */
    private void writeSnapshots() {
        if (unresolved) {
            return; // javac reports the unknown type and fails the compilation
        }
        Report report = new Report();
        if (!crashed) {
            exclusions.unused().ifPresent(message -> diagnostics.print(Code.UNUSED_EXCLUSION, message));
            DatabaseAssignments.check(databases, processingEnv.getElementUtils(), collector.all(), report);
            checkRenameHints(report);
            for (Problem p : report.problems()) {
                problems.add(p.element(), databaseOfElement(p.element()), p);
            }
        }
        java.util.Set<String> databaseNames = new java.util.TreeSet<>(collector.snapshots().keySet());
        databaseNames.addAll(problems.databases());
        if (crashed) {
            // The crash may have come before the entities were collected: every entity's database is incomplete.
            for (String name : read) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
                if (type != null && !JpaAnnotations.find(type, JpaAnnotations.ENTITY).isEmpty()) {
                    java.util.Optional.ofNullable(databaseOf(type)).ifPresent(databaseNames::add);
                }
            }
        }
        Map<String, Snapshot> snapshots = collector.snapshots();
        for (String db : databaseNames) {
            Snapshot mapped = snapshots.getOrDefault(db, Snapshot.empty(db));
            Snapshot snapshot = new Snapshot(db, mapped.schema(), problems.of(db), hibernateLine.recorded());
            List<javax.lang.model.element.Element> origins = new ArrayList<>(collector.entitiesOf(db));
            origins.addAll(problems.entitiesOf(db));
            String written = writer.write(snapshot, origins, report);
            writer.writeRenameHints(db, collector.renameHints(db), origins, report);
            if (options.check() && !crashed) {
                compareWithRevisions(db, snapshot, written, report);
            }
        }
        try {
            List<javax.lang.model.element.Element> all = new ArrayList<>();
            databaseNames.forEach(db -> all.addAll(collector.entitiesOf(db)));
            databaseNames.forEach(db -> all.addAll(problems.entitiesOf(db)));
            index.write(read, all);
        } catch (java.io.IOException e) {
            // Only incremental compilations need the index; a full one is right without it.
        }
        diagnostics.print(report);
    }

    /**
     * Compares a database's model with its head revision, unless it has several heads (the several heads are
     * the finding: the head record names one of them, and the others' changes would read as uncaptured) or its
     * model is incomplete (comparing would call the tables of the entities left out "dropped").
     */
    private void compareWithRevisions(String db, Snapshot snapshot, String written, Report report) {
        Map<String, MappedEntity> byTable = collector.byTable(db);
        if (headCheck.check(db, options.migrationPackage(), report)) {
            diagnostics.note("[" + Code.UNCAPTURED_CHANGE.id() + "] database " + db + " is not compared with its"
                    + " revisions while it has several heads", databaseElement(db, byTable));
        } else if (!snapshot.isComplete()) {
            diagnostics.note("[" + Code.UNCAPTURED_CHANGE.id() + "] database " + db + " is not compared with its"
                    + " revisions: its model is incomplete (" + snapshot.problems().size() + " problem"
                    + (snapshot.problems().size() == 1 ? "" : "s") + " above). Fix or exclude them first",
                    databaseElement(db, byTable));
        } else {
            drift.check(snapshot, written, byTable, collector.renameHints(db), databaseElement(db, byTable), report);
        }
    }

    /** The database of the entity an element is, or belongs to; null for a package or an invalid {@code @Database}. */
    private String databaseOfElement(javax.lang.model.element.Element element) {
        for (javax.lang.model.element.Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type && e.getEnclosingElement() instanceof javax.lang.model.element.PackageElement) {
                return databaseOf(type);
            }
        }
        return null;
    }

    /** A {@code @RenamedFrom} no entity used would be silently ignored: say so where it is. */
    private void checkRenameHints(Report report) {
        for (String key : renameHints) {
            javax.lang.model.element.Element e = RenameReader.element(key, processingEnv.getElementUtils());
            if (e != null && !entityDrafter.renameHosts().contains(key)) {
                report.error(Code.INVALID_RENAME, "@RenamedFrom on " + e.getSimpleName() + " has no effect: it belongs on an"
                        + " @Entity class (its table's old name) or on a persistent attribute of one that maps to a column"
                        + " (the column's old name). Move it there, or remove it", e, RenameReader.find(e).orElse(null));
            }
        }
    }

    /** Where messages about a whole database go: its {@code @Database} package, else its first entity. */
    private javax.lang.model.element.Element databaseElement(String db, Map<String, MappedEntity> byTable) {
        TypeElement first = byTable.values().stream().map(MappedEntity::element)
                .min(Comparator.comparing(e -> e.getQualifiedName().toString()))
                .orElseGet(() -> problems.entitiesOf(db).get(0));
        return databases.assignment(first).map(p -> (javax.lang.model.element.Element) p).orElse(first);
    }
}
