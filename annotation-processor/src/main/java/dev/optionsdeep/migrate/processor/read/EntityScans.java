package dev.optionsdeep.migrate.processor.read;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Spring Boot's {@code @EntityScan} naming a package whose entities neither this compilation compiles nor a
 * {@code @Database(include = …)} brings: Hibernate maps them, the snapshot would silently lack their tables. Said,
 * never guessed: which database they belong to is the user's call.
 */
public final class EntityScans {

    /** Spring Boot 2 and 3, and Spring Boot 4, which moved it to its persistence module. */
    public static final List<String> ANNOTATIONS = List.of("org.springframework.boot.autoconfigure.domain.EntityScan",
            "org.springframework.boot.persistence.autoconfigure.EntityScan");

    /**
     * Auto-configurations that register their library's entity packages for Hibernate themselves, with no
     * {@code @EntityScan} in the application, and the annotation each does it with (runtime retention, read from the
     * class files their Spring Boot starters put on the compile class path): Axon Framework's
     * {@code @RegisterDefaultEntities(packages)}, Spring Modulith's JPA event publication through Spring Boot's
     * {@code @AutoConfigurationPackage} (its {@code basePackageClasses}, or without any, its own package).
     */
    record Registrar(String type, String annotation) {
    }

    private static final String AXON = "org.axonframework.springboot.util.RegisterDefaultEntities";
    private static final String BOOT = "org.springframework.boot.autoconfigure.AutoConfigurationPackage";

    static final List<Registrar> REGISTRARS = List.of(
            new Registrar("org.axonframework.springboot.autoconfig.JpaAutoConfiguration", AXON),
            new Registrar("org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration", AXON),
            new Registrar("org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration", BOOT));

    private final List<String> hosts = new ArrayList<>();

    /** A class of a round carrying {@code @EntityScan}; looked up by name again when processing is over. */
    public void add(TypeElement host) {
        hosts.add(host.getQualifiedName().toString());
    }

    /**
     * Warns about each scanned package that no entity compiled here and no included package lies in (or under).
     * {@code compiled} and {@code included} are package names.
     */
    public void check(Elements elements, Collection<String> compiled, Collection<String> included, Report report) {
        for (String name : hosts) {
            TypeElement host = elements.getTypeElement(name);
            for (AnnotationMirror mirror : host == null ? List.<AnnotationMirror>of() : host.getAnnotationMirrors()) {
                if (!ANNOTATIONS.contains(JpaAnnotations.qualifiedName(mirror))) {
                    continue;
                }
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
                    for (AnnotationValue value : values(e.getValue())) {
                        String pkg = packageOf(elements, value);
                        if (pkg != null && !covered(pkg, compiled) && !covered(pkg, included)) {
                            report.warning(Code.UNINCLUDED_ENTITY_SCAN, "@EntityScan on " + host.getSimpleName()
                                    + " names package " + pkg + ", whose entities Hibernate maps but this compilation"
                                    + " does not compile: their tables would be missing from the snapshot. Add"
                                    + " include = \"" + pkg + "\" to the @Database of the database they belong to"
                                    + " (each package that holds @Entity classes)", host, mirror, value);
                        }
                    }
                }
            }
        }
        for (Registrar registrar : REGISTRARS) {
            registered(elements, registrar, compiled, included, report);
        }
    }

    /** Warns about each package a library's auto-configuration registers that no entity compiled or included covers. */
    private static void registered(Elements elements, Registrar registrar, Collection<String> compiled,
                                   Collection<String> included, Report report) {
        TypeElement host;
        List<? extends AnnotationMirror> mirrors;
        try {
            host = elements.getTypeElement(registrar.type());
            mirrors = host == null ? List.of() : host.getAnnotationMirrors();
        } catch (RuntimeException e) { // a class file javac cannot complete: nothing to say about it
            return;
        }
        for (AnnotationMirror mirror : mirrors) {
            if (!registrar.annotation().equals(JpaAnnotations.qualifiedName(mirror))) {
                continue;
            }
            List<String> packages = new ArrayList<>();
            for (AnnotationValue written : mirror.getElementValues().values()) {
                for (AnnotationValue value : values(written)) {
                    packages.add(packageOf(elements, value));
                }
            }
            if (packages.isEmpty()) { // @AutoConfigurationPackage alone: the annotated class's own package
                packages.add(elements.getPackageOf(host).getQualifiedName().toString());
            }
            for (String pkg : packages) {
                List<String> holding = pkg == null ? List.of() : entityPackages(elements, pkg);
                if (!holding.isEmpty() && !covered(pkg, compiled) && !covered(pkg, included)) {
                    report.warning(Code.UNINCLUDED_ENTITY_SCAN, host.getQualifiedName() + " (on the class path)"
                            + " registers package " + pkg + " for Hibernate, whose entities this compilation does"
                            + " not compile: their tables would be missing from the snapshot. Add include = {"
                            + String.join(", ", holding) + "} to the @Database of the database they belong to",
                            host, null, null);
                }
            }
        }
    }

    /**
     * The package and its {@code .jpa} subpackage (where Axon keeps its entities), each if it holds an {@code @Entity},
     * quoted: none when neither does (nothing this can check, so nothing to say).
     */
    private static List<String> entityPackages(Elements elements, String pkg) {
        List<String> found = new ArrayList<>();
        for (String candidate : List.of(pkg, pkg + ".jpa")) {
            javax.lang.model.element.PackageElement element = elements.getPackageElement(candidate);
            if (element != null && element.getEnclosedElements().stream().anyMatch(t -> t.getAnnotationMirrors()
                    .stream().anyMatch(m -> "jakarta.persistence.Entity".equals(JpaAnnotations.qualifiedName(m))))) {
                found.add("\"" + candidate + "\"");
            }
        }
        return found;
    }

    /** Whether an entity package lies in the scanned package or under it. */
    private static boolean covered(String scanned, Collection<String> packages) {
        return packages.stream().anyMatch(p -> p.equals(scanned) || p.startsWith(scanned + "."));
    }

    /** {@code value} and {@code basePackages} name packages; {@code basePackageClasses} name classes in them. */
    private static String packageOf(Elements elements, AnnotationValue value) {
        Object v = value.getValue();
        if (v instanceof DeclaredType type) {
            return elements.getPackageOf(type.asElement()).getQualifiedName().toString();
        }
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    @SuppressWarnings("unchecked")
    private static List<? extends AnnotationValue> values(AnnotationValue value) {
        return value.getValue() instanceof List<?> list ? (List<? extends AnnotationValue>) list : List.of(value);
    }
}
