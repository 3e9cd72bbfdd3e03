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
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

import dev.optionsdeep.migrate.snapshot.Snapshot;

/**
 * Reads the {@code @Entity} classes of a compilation into one schema snapshot per database and
 * writes them to {@code META-INF/migrate/<database>.schema.json} in the class output.
 *
 * <p>Thin on purpose: reading, checking and writing live in their own classes. Entities are
 * collected over all rounds and written once, when processing is over, because a file created
 * through the Filer cannot be created again in a later round.
 */
public final class EntityProcessor extends AbstractProcessor {

    private Diagnostics diagnostics;
    private EntityReader reader;
    private SnapshotWriter writer;
    private final SchemaCollector collector = new SchemaCollector();
    /** Entities whose types are not all known yet, by name, to read again in the next round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    private final Set<String> read = new LinkedHashSet<>();
    /** A bug of ours was reported: stop, rather than pile up follow-up errors. */
    private boolean crashed;
    /** Some entity could not be read: no snapshot, as it would look complete without being so. */
    private boolean incomplete;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        diagnostics = new Diagnostics(env.getMessager());
        reader = new EntityReader(env.getElementUtils(), new DatabaseResolver(env.getElementUtils()));
        writer = new SnapshotWriter(env.getFiler());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.copyOf(JpaAnnotations.ENTITY_ANNOTATIONS);
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
        List<TypeElement> entities = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                entities.add(type);
            }
        }
        deferred.clear();
        for (String annotation : JpaAnnotations.ENTITY_ANNOTATIONS) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
            if (type != null) {
                entities.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(type)));
            }
        }
        // Sorted, so that which of two clashing entities is "the second" never depends on file order.
        entities.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
        for (TypeElement entity : entities) {
            String name = entity.getQualifiedName().toString();
            if (read.contains(name)) {
                continue;
            }
            if (EntityReader.hasUnresolvedTypes(entity)) {
                if (round.processingOver()) {
                    incomplete = true; // javac reports the missing type itself
                } else {
                    deferred.add(name);
                }
                continue;
            }
            read.add(name);
            readEntity(entity);
        }
    }

    private void readEntity(TypeElement entity) {
        AnnotationMirror entityAnnotation = JpaAnnotations.find(entity, JpaAnnotations.ENTITY).orElseThrow();
        Report report = new Report();
        reader.read(entity, entityAnnotation, report).ifPresent(mapped -> collector.add(mapped, report));
        incomplete |= report.hasErrors();
        diagnostics.print(report);
    }

    /**
     * After an error the snapshot would miss the entity in error: writing nothing is better than a
     * file that looks complete. The compilation fails anyway.
     */
    private void writeSnapshots() {
        if (incomplete || collector.isEmpty()) {
            return;
        }
        Report report = new Report();
        for (Map.Entry<String, Snapshot> e : collector.snapshots().entrySet()) {
            writer.write(e.getValue(), collector.entitiesOf(e.getKey()), report);
        }
        diagnostics.print(report);
    }
}
