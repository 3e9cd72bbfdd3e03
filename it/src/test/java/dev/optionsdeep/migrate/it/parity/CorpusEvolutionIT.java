package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.diff.RenameHints;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.introspect.CheckCanonicalizer;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.SchemaReader;
import dev.optionsdeep.migrate.it.support.Postgres;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
import dev.optionsdeep.migrate.schema.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An evolution step on each corpus model: the model as it is, then edited (the files under
 * {@code src/test/evolution/<model>/} replace or join its sources); a revision generated for each step by
 * the same autogenerate and code generation {@code migrate:revision} uses; both compiled and run by the
 * executor: upgrade to the edited model, downgrade one step, each time introspected and compared with the
 * model it should match.
 *
 * <p>Why in-process rather than real Maven builds as {@code EvolutionIT}: EvolutionIT already proves the
 * plugin's goals end to end, one Maven build per step costs tens of seconds on a shared machine, and
 * what the corpus adds is the models' constructs. Those pass here through the real revision generation
 * ({@link Autogenerate}, {@link SchemaDiff#inverse}, {@link MigrationSource}), real javac and the real
 * {@link Migrator} against PostgreSQL — everything but Maven's own plumbing.
 */
class CorpusEvolutionIT {

    @TempDir
    Path temp;

    private final List<String> databases = new java.util.ArrayList<>();

    @AfterEach
    void dropDatabases() throws SQLException {
        for (String database : databases) {
            Postgres.drop(database);
        }
    }

    /** The harness on a model this branch maps whole: the snake_case parity model gains a column and an entity. */
    @Test
    void snakeModelGainsAColumnAndAnEntity() throws Exception {
        evolve("snake", "parity_snake", "-Amigrate.naming=snake_case");
    }

    @Test
    void jhipsterGainsAnEntityAndAColumn() throws Exception {
        evolve("jhipster", "parity_jhipster", "-Amigrate.naming=snake_case");
    }

    @Test
    void jakartaeeWidensAColumnAndGainsOne() throws Exception {
        evolve("jakartaee", "parity_jakartaee");
    }

    @Test
    void legacyGainsAColumnWithADefinition() throws Exception {
        evolve("legacy", "parity_legacy");
    }

    @Test
    void validatedModelWidensAColumnAndGainsConstraints() throws Exception {
        evolve("validation", "parity_validation", "-Amigrate.naming=snake_case");
    }

    @Test
    void commerceGainsAnElementCollection() throws Exception {
        evolve("commerce", "parity_commerce");
    }

    @Test
    void petclinicGainsARoomPerShift() throws Exception {
        evolve("petclinic", "parity_petclinic", "-Amigrate.naming=spring");
    }

    /** A new scope changes two checks of the attributes' table (an enum map key's and an embeddable key's). */
    @Test
    void iotGainsAScopeAndAColumn() throws Exception {
        evolve("iot", "parity_iot", "-Amigrate.naming=spring");
    }

    @Test
    void iamWidensAColumnAndGainsOne() throws Exception {
        evolve("iam", "parity_iam");
    }

    /** A new role between two others changes the roles' check; an article gains a JSON column. */
    @Test
    void modernGainsARoleAndAJsonColumn() throws Exception {
        evolve("modern", "parity_modern", "-Amigrate.naming=spring");
    }

    @Test
    void auditedGainsAnAuditedEntityAndColumns() throws Exception {
        evolve("audited", "parity_audited");
    }

    private void evolve(String model, String database, String... options) throws Exception {
        Path changed = Path.of(System.getProperty("basedir", "."), "src/test/evolution", model);
        Schema before = CorpusModel.compile(model, database, Files.createDirectories(temp.resolve("before")), options)
                .snapshot().schema();
        Schema after = CorpusModel.compile(model, changed, database, Files.createDirectories(temp.resolve("after")),
                options).snapshot().schema();

        String pkg = "corpus.evolution." + model;
        List<Change> create = Autogenerate.changes(Schema.EMPTY, before, RenameHints.NONE,
                Autogenerate.Confirmations.NONE).changes();
        List<Change> step = Autogenerate.changes(before, after, RenameHints.NONE,
                Autogenerate.Confirmations.NONE).changes();
        assertNotEquals(List.of(), step, "the edit changes the model");
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        Path sources = temp.resolve("revisions");
        MigrationSource.write(new RevisionSpec(pkg, "V1_Create", "a1", List.of(), "Create", now, create,
                SchemaDiff.inverse(create)), sources);
        MigrationSource.write(new RevisionSpec(pkg, "V2_Evolve", "b2", List.of("a1"), "Evolve", now, step,
                SchemaDiff.inverse(step)), sources);
        Revisions revisions = Revisions.scan(compileRevisions(sources), pkg);

        String db = database + "_evolution_" + UUID.randomUUID().toString().substring(0, 8);
        Postgres.create(db);
        databases.add(db);
        Migrator migrator = new Migrator(new ConnectionSettings(Postgres.url(db), Postgres.USER, Postgres.PASSWORD),
                revisions, Log.console(), Duration.ofSeconds(30));

        migrator.upgrade("head");
        assertIntrospectsAs(db, after, "after upgrade to the edited model");
        migrator.downgrade("-1");
        assertIntrospectsAs(db, before, "after downgrading the step");
        migrator.upgrade("head");
        assertIntrospectsAs(db, after, "after upgrading again");
    }

    private ClassLoader compileRevisions(Path sources) throws Exception {
        Path classes = Files.createDirectories(temp.resolve("revision-classes"));
        List<String> files;
        try (var walked = Files.walk(sources)) {
            files = walked.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        String classPath = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath,
                "-proc:none"));
        arguments.addAll(files);
        assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "the generated revisions compile");
        return new URLClassLoader(new java.net.URL[]{classes.toUri().toURL()}, getClass().getClassLoader());
    }

    private static void assertIntrospectsAs(String db, Schema model, String when) throws SQLException {
        try (Connection c = DriverManager.getConnection(Postgres.url(db), Postgres.USER, Postgres.PASSWORD)) {
            Introspection read = new SchemaReader().withNamedSchemasOf(model).read(c);
            assertEquals(List.of(), read.unsupported(), when);
            // Fact by fact, as the parity check compares: a column added by a revision comes last in its table,
            // and column order is no part of a table's identity.
            assertEquals(String.join("\n", Comparison.describe(CheckCanonicalizer.canonical(c, model), model)),
                    String.join("\n", Comparison.describe(CheckCanonicalizer.canonical(c, read.schema()), model)), when);
        }
    }
}
