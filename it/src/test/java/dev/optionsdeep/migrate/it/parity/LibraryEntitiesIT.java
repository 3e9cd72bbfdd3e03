package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.Database;
import dev.optionsdeep.migrate.processor.EntityProcessor;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities of a library jar, put into a database with {@code @Database(include = …)}: the model's {@code lib}
 * package is compiled alone first, without the processor, into a directory of its own (the jar); then its
 * {@code app} package with that directory on the class path. Hibernate exports the entities of both, as an
 * application listing the library's package with {@code @EntityScan} has it do.
 */
class LibraryEntitiesIT {

    private static final Path MODEL = Path.of(System.getProperty("basedir", "."),
            "src/test/java/dev/optionsdeep/migrate/it/parity/libentities");

    @TempDir
    Path library;

    @TempDir
    Path application;

    private final ParityCheck parity = new ParityCheck();

    @AfterEach
    void dropDatabases() throws SQLException {
        parity.close();
    }

    @Test
    void libraryEntitiesMatchHibernatesExport() throws Exception {
        compile("lib", library, "-proc:none");
        compile("app", application, "-Amigrate.check=false");
        Path file = application.resolve("META-INF/migrate/parity_libentities" + SnapshotCodec.FILE_SUFFIX);
        Snapshot snapshot = SnapshotCodec.read(Files.readString(file), file.toString());
        assertEquals(List.of(), snapshot.problems(), "what Migrate could not map: the snapshot is complete");
        List<Class<?>> entities = entities();
        assertEquals(3, entities.size(), entities.toString());

        parity.assertParity("parity_libentities", snapshot, entities, Map.of());
    }

    private void compile(String pkg, Path into, String... options) throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(MODEL.resolve(pkg))) {
            files = listed.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        String classPath = String.join(File.pathSeparator, library.toString(), location(Entity.class),
                location(Database.class));
        List<String> arguments = new ArrayList<>(List.of("-d", into.toString(), "-classpath", classPath));
        arguments.addAll(List.of(options));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics, arguments, null,
                    manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new EntityProcessor()));
            assertTrue(task.call(), diagnostics.getDiagnostics().toString());
        }
        diagnostics.getDiagnostics().forEach(d -> System.out.println("libentities " + pkg + ": " + d.getMessage(null)));
    }

    /** The entities of the application and of the library, as Hibernate finds them on the class path. */
    private List<Class<?>> entities() throws Exception {
        URLClassLoader loader = new URLClassLoader(new java.net.URL[]{application.toUri().toURL(),
                library.toUri().toURL()}, LibraryEntitiesIT.class.getClassLoader());
        List<Class<?>> found = new ArrayList<>();
        for (Path root : List.of(application, library)) {
            try (Stream<Path> walked = Files.walk(root)) {
                for (Path file : walked.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = root.relativize(file).toString().replace(File.separatorChar, '.')
                            .replaceAll("\\.class$", "");
                    Class<?> type = name.endsWith("package-info") ? null : loader.loadClass(name);
                    if (type != null && (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class))) {
                        found.add(type);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
