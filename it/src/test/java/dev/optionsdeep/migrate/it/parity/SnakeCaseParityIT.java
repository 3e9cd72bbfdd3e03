package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.Database;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.SchemaReader;
import dev.optionsdeep.migrate.it.parity.snake.CustomerAccount;
import dev.optionsdeep.migrate.it.parity.snake.OrderLineEntity;
import dev.optionsdeep.migrate.it.parity.snake.ShipmentNote;
import dev.optionsdeep.migrate.it.support.Postgres;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.processor.EntityProcessor;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import jakarta.persistence.Entity;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
            ShipmentNote.class);

    @TempDir
    Path classes;

    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() throws SQLException {
        for (String db : databases) {
            Postgres.drop(db);
        }
    }

    @Test
    void snakeCaseNamingBuildsTheSchemaHibernateExpectsWithSpringBootsNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming();
        assertTrue(model.schema().table("customer_account").isPresent(), "the snapshot uses snake_case names");
        String ours = createDatabase(DATABASE + "_ours");
        String hibernates = createDatabase(DATABASE + "_hibernate");

        try (Connection c = connect(ours); java.sql.Statement s = c.createStatement()) {
            for (Statement statement : PostgresSql.statements(SchemaDiff.between(Schema.EMPTY, model.schema()))) {
                s.execute(statement.sql());
            }
        }
        try (SessionFactory ignored = hibernate(hibernates, "create")) {
            // Hibernate's schema export runs while the session factory starts.
        }

        Introspection ourSchema = introspect(ours);
        Introspection hibernateSchema = introspect(hibernates);
        assertEquals(List.of(), ourSchema.unsupported(), "what our migrations built that Migrate cannot model");
        assertEquals(String.join("\n", Comparison.describe(hibernateSchema.schema(), model.schema())),
                String.join("\n", Comparison.describe(ourSchema.schema(), model.schema())),
                "the schema our migrations built (actual) against the one Hibernate exported (expected)");
        assertEquals(hibernateSchema.unsupported(), ourSchema.unsupported(), "objects only one side created");

        try (SessionFactory validated = hibernate(ours, "validate")) {
            assertNotNull(validated);
        }
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

    private String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Postgres.create(name);
        databases.add(name);
        return name;
    }

    private static SessionFactory hibernate(String database, String action) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", Postgres.url(database))
                .setProperty("hibernate.connection.username", Postgres.USER)
                .setProperty("hibernate.connection.password", Postgres.PASSWORD)
                .setProperty("hibernate.hbm2ddl.auto", action)
                .setProperty("hibernate.connection.pool_size", "1")
                .setProperty("hibernate.physical_naming_strategy", NAMING_STRATEGY);
        ENTITIES.forEach(configuration::addAnnotatedClass);
        return configuration.buildSessionFactory();
    }

    private static Introspection introspect(String database) throws SQLException {
        try (Connection c = connect(database)) {
            return new SchemaReader().read(c);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(Postgres.url(database), Postgres.USER, Postgres.PASSWORD);
    }
}
