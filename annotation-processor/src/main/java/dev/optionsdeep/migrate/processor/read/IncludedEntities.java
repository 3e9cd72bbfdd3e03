package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Problem;
import dev.optionsdeep.migrate.processor.Report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The entities a {@code @Database(include = …)} brings from the class path: Axon's token and saga entries, Spring
 * Modulith's event publications, a shared "audit" jar. Hibernate maps them because the application lists their
 * packages; javac compiles none of them, so the processor lists each included package's classes from the class
 * path and reads them as any entity, on every compilation (an incremental one too: nothing of them is recompiled).
 *
 * <p>The packages carrying {@code @Database} come from the rounds and from the previous compilation's entity index
 * (which records them beside the entities), so that a database of library entities only survives an incremental
 * compilation that recompiles no {@code package-info.java}.
 */
public final class IncludedEntities {

    /** Warnings whose fix is an edit of the entity's source that changes nothing in the schema. */
    private static final Set<Code> SOURCE_EDITS = Set.of(Code.IGNORED_ATTRIBUTE, Code.NULLABLE_PRIMITIVE,
            Code.UNCANONICAL_DEFAULT);

    private final Elements elements;
    private final DatabaseResolver databases;
    /** The packages carrying {@code @Database}, by name, sorted so that which inclusion wins never depends on order. */
    private final Map<String, PackageElement> databasePackages = new TreeMap<>();
    /** The packages some {@code @Database} includes. */
    private final Set<String> includedPackages = new TreeSet<>();
    private final EntityScans scans = new EntityScans();
    /** The classes read from included packages only, not compiled here. */
    private final Set<String> library = new TreeSet<>();

    public IncludedEntities(Elements elements, DatabaseResolver databases) {
        this.elements = elements;
        this.databases = databases;
    }

    /** A package annotated {@code @Database}, found in a round or as the assignment of an entity. */
    public void addDatabasePackage(PackageElement element) {
        databasePackages.put(element.getQualifiedName().toString(), element);
    }

    /** A class of a round carrying Spring Boot's {@code @EntityScan}. */
    public void addEntityScan(TypeElement host) {
        scans.add(host);
    }

    /** Warns about each {@code @EntityScan} package that neither the entities compiled here nor an include cover. */
    public void checkEntityScans(Collection<String> compiled, Report report) {
        Set<String> packages = new TreeSet<>();
        for (String name : compiled) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                packages.add(elements.getPackageOf(type).getQualifiedName().toString());
            }
        }
        scans.check(elements, packages, includedPackages, report);
    }

    /** The names of the packages carrying {@code @Database}, for the entity index. */
    public Set<String> databasePackageNames() {
        return databasePackages.keySet();
    }

    /**
     * Registers every inclusion with the resolver and returns the classes of the included packages that are not
     * among {@code names} (those compiled here are read as such, once). {@code names} are those of the compilation and of the index; a name of the index that is a
     * {@code @Database} package is taken as one. Reports an included package that holds no entity.
     */
    public Set<String> read(Collection<String> names, Report report) {
        for (String name : names) {
            PackageElement element = elements.getTypeElement(name) == null ? elements.getPackageElement(name) : null;
            if (element != null && DatabaseResolver.databaseAnnotation(element) != null) {
                addDatabasePackage(element);
            }
        }
        Set<String> found = new TreeSet<>();
        Map<String, String> includedBy = new TreeMap<>();
        for (PackageElement by : databasePackages.values()) {
            AnnotationMirror mirror = DatabaseResolver.databaseAnnotation(by);
            if (mirror == null) {
                continue; // gone since the index was written
            }
            for (AnnotationValue value : includes(mirror)) {
                String pkg = String.valueOf(value.getValue()).strip();
                String first = includedBy.putIfAbsent(pkg, by.getQualifiedName().toString());
                if (first != null && !first.equals(by.getQualifiedName().toString())) {
                    report.warning(Code.INEFFECTIVE_INCLUDE, "package " + pkg + " is included by @Database on " + first
                            + " already: its entities go to that database only. Remove this include, or map the"
                            + " package's tables for this database by hand", by, mirror, value);
                    continue;
                }
                databases.include(pkg, by);
                includedPackages.add(pkg);
                List<TypeElement> types = types(pkg);
                if (types.stream().noneMatch(t -> JpaAnnotations.find(t, JpaAnnotations.ENTITY).isPresent())) {
                    report.warning(Code.INEFFECTIVE_INCLUDE, "@Database include \"" + pkg + "\" names a package"
                            + (elements.getPackageElement(pkg) == null ? " that is not on the class path"
                            : " without @Entity classes (subpackages are not included)") + ", so it adds no table."
                            + " Name the package that holds the entity classes, and put the jar that has them on"
                            + " the compile class path", by, mirror, value);
                }
                types.forEach(t -> found.add(t.getQualifiedName().toString()));
            }
        }
        found.removeAll(names); // compiled here: read as such, once
        library.addAll(found);
        return found;
    }

    /**
     * What to print of an entity's report: all of it for an entity compiled here; for a library's, all but the
     * warnings asking for an edit of its source that changes nothing in the schema (MIGRATE-201 to 203: Axon's
     * {@code @Column(length = 10000)} on every {@code byte[]}), which its user cannot make and which would fail a
     * {@code -Werror} build. What leaves something out, or asks for a revision (a generator's sequence or row), stays.
     */
    public Report shown(TypeElement entity, Report report) {
        if (!library.contains(entity.getQualifiedName().toString())) {
            return report;
        }
        Report shown = new Report();
        report.problems().stream().filter(p -> !SOURCE_EDITS.contains(p.code())).forEach(shown::add);
        return shown;
    }

    /**
     * Why an included entity is left out when its class file names a type the compile class path lacks (a field's,
     * a getter's or a superclass's; a runtime-scoped dependency of the library is not there): javac reports a missing
     * type in the sources it compiles only, so without this the snapshot would go unwritten without a word. Added to
     * {@code report}; null for an entity compiled here, whose missing type javac reports itself.
     */
    public Problem unreadable(TypeElement entity, Report report) {
        if (!library.contains(entity.getQualifiedName().toString())) {
            return null;
        }
        Problem problem = new Problem(Code.UNSUPPORTED_ENTITY_MAPPING, "@Entity " + entity.getQualifiedName() + " of an"
                + " included package uses a type the compile class path lacks (in a field, a getter or a superclass), so"
                + " Migrate cannot read it and leaves it out. Put that library's dependencies on the compile class path"
                + " (a runtime-scoped one is not there), or exclude it (-Amigrate.exclude=" + entity.getQualifiedName()
                + ") and create its table in a revision", entity, null, null);
        report.add(problem);
        return problem;
    }

    /** The top-level and nested classes of a package, from the sources compiled or from the class path. */
    private List<TypeElement> types(String pkg) {
        PackageElement element = elements.getPackageElement(pkg);
        List<TypeElement> types = new java.util.ArrayList<>();
        if (element != null) {
            for (TypeElement type : ElementFilter.typesIn(element.getEnclosedElements())) {
                addWithNested(type, types);
            }
        }
        return types;
    }

    private static void addWithNested(TypeElement type, List<TypeElement> into) {
        if (type.getKind() == ElementKind.CLASS) {
            into.add(type);
        }
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof TypeElement nested) {
                addWithNested(nested, into);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<? extends AnnotationValue> includes(AnnotationMirror mirror) {
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("include"))
                .map(e -> (List<? extends AnnotationValue>) e.getValue().getValue())
                .findFirst().orElse(List.of());
    }
}
