package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import dev.optionsdeep.migrate.Database;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which database an entity belongs to: the {@code @Database} of its package or of the nearest
 * parent package, else the {@code @Database} whose {@code include} lists its package, else {@link Database#DEFAULT}. Read by name like the JPA annotations, so that the
 * processor does not depend on the class being loadable.
 */
public final class DatabaseResolver {

    public static final String DATABASE_ANNOTATION = Database.class.getName();

    /** The name becomes a file name ({@code <database>.schema.json}) and a {@code -Ddatabase} value. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /** A database, or null when the nearest {@code @Database} is invalid (already reported). */
    private final Map<String, String> byPackage = new HashMap<>();
    private final Map<String, Boolean> reported = new HashMap<>();
    /** Each package a {@code @Database(include = …)} lists, and the package carrying that {@code @Database}. */
    private final Map<String, PackageElement> included = new HashMap<>();
    private final Elements elements;

    public DatabaseResolver(Elements elements) {
        this.elements = elements;
    }

    /**
     * The package whose {@code @Database} the entity belongs to: the nearest annotated one of its package, else the
     * one whose {@code include} lists the entity's package (a library's entities, read from the class path).
     */
    public java.util.Optional<PackageElement> assignment(TypeElement entity) {
        String pkg = elements.getPackageOf(entity).getQualifiedName().toString();
        for (String name = pkg; !name.isEmpty(); name = parent(name)) {
            PackageElement element = elements.getPackageElement(name);
            if (element != null && databaseAnnotation(element) != null) {
                return java.util.Optional.of(element);
            }
        }
        return java.util.Optional.ofNullable(included.get(pkg));
    }

    /**
     * Puts the entities of an included package into the database of the package that includes it; the first
     * inclusion of a package wins (the caller reports the others).
     */
    public void include(String pkg, PackageElement by) {
        included.putIfAbsent(pkg, by);
    }

    /** The entity's database, or null after reporting (once per package) an invalid {@code @Database}. */
    public String databaseOf(TypeElement entity, Report report) {
        PackageElement element = assignment(entity).orElse(null);
        if (element == null) {
            return Database.DEFAULT;
        }
        String name = element.getQualifiedName().toString();
        if (!byPackage.containsKey(name)) {
            byPackage.put(name, validated(element, databaseAnnotation(element), report));
        }
        return byPackage.get(name);
    }

    private String validated(PackageElement element, AnnotationMirror mirror, Report report) {
        AnnotationValue value = mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                .map(e -> (AnnotationValue) e.getValue()).findFirst().orElse(null);
        String database = value == null ? "" : String.valueOf(value.getValue());
        if (VALID.matcher(database).matches()) {
            return database;
        }
        if (reported.put(element.getQualifiedName().toString(), true) == null) {
            report.error(Code.INVALID_DATABASE, "@Database(\"" + database + "\") on package " + element.getQualifiedName()
                    + " is not a usable database name: use letters, digits, '_', '.' and '-' only (it becomes the"
                    + " snapshot file name and the value of -Ddatabase)", element, mirror, value);
        }
        return null;
    }

    /** The package's {@code @Database}, or null. */
    public static AnnotationMirror databaseAnnotation(PackageElement element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (JpaAnnotations.qualifiedName(mirror).equals(DATABASE_ANNOTATION)) {
                return mirror;
            }
        }
        return null;
    }

    private static String parent(String pkg) {
        int dot = pkg.lastIndexOf('.');
        return dot < 0 ? "" : pkg.substring(0, dot);
    }
}
