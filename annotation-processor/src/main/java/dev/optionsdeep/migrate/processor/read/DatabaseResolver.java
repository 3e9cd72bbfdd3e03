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
 * parent package, else {@link Database#DEFAULT}. Read by name like the JPA annotations, so that the
 * processor does not depend on the class being loadable.
 */
public final class DatabaseResolver {

    static final String DATABASE_ANNOTATION = Database.class.getName();

    /** The name becomes a file name ({@code <database>.schema.json}) and a {@code -Ddatabase} value. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    /** A database, or null when the nearest {@code @Database} is invalid (already reported). */
    private final Map<String, String> byPackage = new HashMap<>();
    private final Map<String, Boolean> reported = new HashMap<>();
    private final Elements elements;

    public DatabaseResolver(Elements elements) {
        this.elements = elements;
    }

    /** The nearest package of the entity annotated {@code @Database}, if any. */
    public java.util.Optional<PackageElement> assignment(TypeElement entity) {
        String pkg = elements.getPackageOf(entity).getQualifiedName().toString();
        for (String name = pkg; !name.isEmpty(); name = parent(name)) {
            PackageElement element = elements.getPackageElement(name);
            if (element != null && databaseAnnotation(element) != null) {
                return java.util.Optional.of(element);
            }
        }
        return java.util.Optional.empty();
    }

    /** The entity's database, or null after reporting (once per package) an invalid {@code @Database}. */
    public String databaseOf(TypeElement entity, Report report) {
        String pkg = elements.getPackageOf(entity).getQualifiedName().toString();
        for (String name = pkg; !name.isEmpty(); name = parent(name)) {
            if (byPackage.containsKey(name)) {
                return byPackage.get(name);
            }
            PackageElement element = elements.getPackageElement(name);
            AnnotationMirror mirror = element == null ? null : databaseAnnotation(element);
            if (mirror != null) {
                String database = validated(element, mirror, report);
                byPackage.put(name, database);
                return database;
            }
        }
        return Database.DEFAULT;
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

    private static AnnotationMirror databaseAnnotation(PackageElement element) {
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
