package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.Database;
import dev.optionsdeep.migrate.it.parity.snake.CustomerAccount;
import dev.optionsdeep.migrate.it.parity.snake.LegacyLine;
import dev.optionsdeep.migrate.it.parity.snake.OrderLineEntity;
import dev.optionsdeep.migrate.it.parity.snake.ShipmentNote;
import dev.optionsdeep.migrate.processor.EntityProcessor;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate parity under {@code -Amigrate.naming=snake_case}, as {@link ParityIT} checks it for the
 * default naming: the model in {@code parity/snake} is compiled again here with that option (the
 * module's own test compilation uses the default), and Hibernate exports it with
 * {@code PhysicalNamingStrategySnakeCaseImpl}, Spring Boot's naming.
 */
class SnakeCaseParityIT {

    private static final String DATABASE = "parity_snake";
    private static final String NAMING_STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    private static final List<Class<?>> ENTITIES = List.of(CustomerAccount.class, OrderLineEntity.class,
            ShipmentNote.class, LegacyLine.class);

    @TempDir
    Path classes;

    private final ParityCheck parity = new ParityCheck();

    @AfterEach
    void dropDatabases() throws SQLException {
        parity.close();
    }

    @Test
    void snakeCaseNamingBuildsTheSchemaHibernateExpectsWithSpringBootsNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming();
        assertTrue(model.schema().table("customer_account").isPresent(), "the snapshot uses snake_case names");
        parity.assertParity(DATABASE, model, ENTITIES, Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /** Runs javac with Migrate's processor over the model's sources, as a build with the option would. */
    private Snapshot snapshotWithSnakeCaseNaming() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", "."),
                "src/test/java/dev/optionsdeep/migrate/it/parity/snake");
        List<Path> files;
        try (Stream<Path> listed = Files.list(sources)) {
            files = listed.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        String classPath = String.join(File.pathSeparator, location(Entity.class), location(Database.class));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", classPath, "-proc:only",
                            "-Amigrate.check=false", "-Amigrate.naming=snake_case"),
                    null, manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new EntityProcessor()));
            assertTrue(task.call(), diagnostics.getDiagnostics().toString());
        }
        Path snapshot = classes.resolve("META-INF/migrate/" + DATABASE + SnapshotCodec.FILE_SUFFIX);
        return SnapshotCodec.read(Files.readString(snapshot), snapshot.toString());
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
