package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.processor.bind.RenameReader;
import dev.optionsdeep.migrate.processor.check.HeadCheck;
import dev.optionsdeep.migrate.processor.read.Converters;
import dev.optionsdeep.migrate.processor.read.DatabaseResolver;
import dev.optionsdeep.migrate.processor.read.EntityScans;
import dev.optionsdeep.migrate.processor.read.JpaAnnotations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The elements of one round the processor reads, each kind in the order javac found them: {@code @RenamedFrom}
 * hosts, revision classes, converters, entities, {@code @Database} packages and {@code @EntityScan} classes. One walk over the round's elements finds them all, and each
 * element's annotations are sorted in one loop: this runs per annotated element while the compiler is still cold,
 * where a stream per element and kind costs more than the reading itself.
 */
final class RoundElements {

    final List<Element> renamed = new ArrayList<>();
    final List<TypeElement> revisions = new ArrayList<>();
    final List<TypeElement> converters = new ArrayList<>();
    final List<TypeElement> entities = new ArrayList<>();
    /** Packages carrying {@code @Database}, whose {@code include} may list library packages. */
    final List<PackageElement> databases = new ArrayList<>();
    /** Classes carrying Spring Boot's {@code @EntityScan}. */
    final List<TypeElement> entityScans = new ArrayList<>();

    static RoundElements of(RoundEnvironment round, Elements elements) {
        List<String> wanted = new ArrayList<>(List.of(RenameReader.ANNOTATION, HeadCheck.REVISION));
        wanted.addAll(Converters.CONVERTER_ANNOTATIONS);
        wanted.addAll(JpaAnnotations.ENTITY_ANNOTATIONS);
        wanted.add(DatabaseResolver.DATABASE_ANNOTATION);
        wanted.addAll(EntityScans.ANNOTATIONS);
        Set<TypeElement> types = new LinkedHashSet<>(); // those on the class path
        for (String name : wanted) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        RoundElements out = new RoundElements();
        for (Element e : round.getElementsAnnotatedWithAny(types.toArray(TypeElement[]::new))) {
            out.sort(e);
        }
        return out;
    }

    private void sort(Element e) {
        boolean rename = false;
        boolean revision = false;
        boolean converter = false;
        boolean entity = false;
        boolean database = false;
        boolean scan = false;
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            String name = JpaAnnotations.qualifiedName(m);
            rename |= name.equals(RenameReader.ANNOTATION);
            revision |= name.equals(HeadCheck.REVISION);
            converter |= Converters.CONVERTER_ANNOTATIONS.contains(name);
            entity |= JpaAnnotations.ENTITY_ANNOTATIONS.contains(name);
            database |= name.equals(DatabaseResolver.DATABASE_ANNOTATION);
            scan |= EntityScans.ANNOTATIONS.contains(name);
        }
        if (database && e instanceof PackageElement pkg) {
            databases.add(pkg);
        }
        if (rename) {
            renamed.add(e);
        }
        if (e instanceof TypeElement type) { // as ElementFilter.typesIn: classes, interfaces, enums, records
            if (revision) {
                revisions.add(type);
            }
            if (converter) {
                converters.add(type);
            }
            if (entity) {
                entities.add(type);
            }
            if (scan) {
                entityScans.add(type);
            }
        }
    }
}
