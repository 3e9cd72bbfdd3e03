package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.Database;
import dev.optionsdeep.migrate.processor.EntityProcessor;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus model compiled in-process by javac with Migrate's processor, as a user's build would compile
 * it: the snapshot it wrote, and its entity classes loaded for Hibernate.
 *
 * <p>The corpus models stay out of the module's own test compilation (see {@code it/pom.xml}): they use
 * constructs real applications use, some of which this branch's processor may still refuse, and a refusal
 * must fail one test with its diagnostics, not the whole module's build.
 */
record CorpusModel(Snapshot snapshot, List<Class<?>> entities) {

    private static final String PARITY = "src/test/java/dev/optionsdeep/migrate/it/parity/";

    /**
     * @param model   the model's package under {@code parity/}
     * @param options processor options, such as {@code -Amigrate.naming=snake_case}
     */
    static CorpusModel compile(String model, String database, Path classes, String... options) throws IOException {
        return compile(model, null, database, classes, options);
    }

    /**
     * The model with some of its files replaced: those of {@code changed} that have the same name, and
     * the new ones added.
     *
     * @param changed a directory of the model's edited sources, or null for the model as it is
     */
    static CorpusModel compile(String model, Path changed, String database, Path classes, String... options)
            throws IOException {
        Path sources = Path.of(System.getProperty("basedir", "."), PARITY + model);
        java.util.Map<String, Path> byName = new java.util.TreeMap<>();
        for (Path directory : changed == null ? List.of(sources) : List.of(sources, changed)) {
            try (Stream<Path> listed = Files.list(directory)) {
                listed.filter(p -> p.toString().endsWith(".java"))
                        .forEach(p -> byName.put(p.getFileName().toString(), p));
            }
        }
        javac(List.copyOf(byName.values()), classes, options);
        Path snapshot = classes.resolve("META-INF/migrate/" + database + SnapshotCodec.FILE_SUFFIX);
        return new CorpusModel(SnapshotCodec.read(Files.readString(snapshot), snapshot.toString()),
                entities(classes));
    }

    /**
     * The snapshots of several parity models compiled together, as {@code options} (such as
     * {@code -Amigrate.hibernate=6.6}) ask, by database.
     *
     * @param models the models' packages under {@code parity/}
     */
    static java.util.Map<String, Snapshot> snapshots(List<String> models, Path classes, String... options)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (String model : models) {
            try (Stream<Path> listed = Files.list(Path.of(System.getProperty("basedir", "."), PARITY + model))) {
                listed.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        javac(files, classes, options);
        java.util.Map<String, Snapshot> byDatabase = new java.util.TreeMap<>();
        try (Stream<Path> written = Files.list(classes.resolve("META-INF/migrate"))) {
            for (Path file : written.filter(p -> p.toString().endsWith(SnapshotCodec.FILE_SUFFIX)).toList()) {
                Snapshot snapshot = SnapshotCodec.read(Files.readString(file), file.toString());
                byDatabase.put(snapshot.database(), snapshot);
            }
        }
        return byDatabase;
    }

    private static void javac(List<Path> files, Path classes, String... options) throws IOException {
        String classPath = String.join(File.pathSeparator, location(Entity.class), location(Database.class),
                location(org.hibernate.annotations.Cache.class), location(jakarta.validation.Constraint.class),
                location(org.hibernate.validator.HibernateValidator.class), location(org.hibernate.envers.Audited.class));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath,
                "-Amigrate.check=false"));
        arguments.addAll(List.of(options));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics, arguments, null,
                    manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new EntityProcessor()));
            assertTrue(task.call(), "the model compiles with Migrate's processor: " + errors(diagnostics));
        }
        // What the processor could not map: the first thing to read when a model falls short of Hibernate's facts.
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR && d.getMessage(null).contains("[MIGRATE-")) {
                System.out.println("corpus model: " + d.getMessage(null));
            }
        }
    }

    /** Entities and converters, in a stable order: Hibernate orders some of its choices by registration. */
    private static List<Class<?>> entities(Path classes) throws IOException {
        URLClassLoader loader = new URLClassLoader(new java.net.URL[]{classes.toUri().toURL()},
                CorpusModel.class.getClassLoader());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> walked = Files.walk(classes)) {
            for (Path file : walked.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = loader.loadClass(name);
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class)) {
                    found.add(type);
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(found);
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList().toString();
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
