package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.diff.RenameHints;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.it.support.Postgres;
import dev.optionsdeep.migrate.migration.Migration;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first revision of a large model (the size at which teams baseline) compiles, with its steps
 * in named methods, and upgrades and downgrades a real database. Before, one {@code upgrade()} of
 * that many steps stopped javac with "code too large" from about 400 tables.
 *
 * <p>A revision runs in one transaction, and PostgreSQL holds a lock per table, index and sequence
 * it creates until the commit: with the default {@code max_locks_per_transaction} (64), 2,000 such
 * tables in one revision fail with "out of shared memory" (600 pass), so the database part applies
 * 450 tables (beyond the old limit). On a server with more locks, {@code -Dmigrate.largeRevision.applied=2000}
 * applies the full model.
 */
class LargeFirstRevisionIT {

    private static final int COMPILED = 2_000;
    private static final int APPLIED = Integer.getInteger("migrate.largeRevision.applied", 450);
    private static final String PACKAGE = "db.migration.large";

    @TempDir
    Path temp;

    private String database;

    @BeforeEach
    void createDatabase() throws Exception {
        database = "migrate_it_large_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Postgres.create(database);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        Postgres.drop(database);
    }

    @Test
    void firstRevisionOfTwoThousandTablesCompilesAndRunsExactlyItsStepsBothWays() throws Exception {
        RevisionSpec spec = baseline(COMPILED);
        String source = MigrationSource.render(spec);
        assertTrue(source.contains("createTablesT0001ToT"), "steps grouped by table range:\n" + source.substring(0, 2000));

        Migration migration = compile(spec).migration(spec.revisionId());

        assertEquals(spec.upgrade(), Operations.stepsOf(migration, true));
        assertEquals(spec.downgrade(), Operations.stepsOf(migration, false));
    }

    @Test
    void firstRevisionBeyondOneMethodUpgradesAndDowngradesTheDatabase() throws Exception {
        RevisionSpec spec = baseline(APPLIED);
        Migrator migrator = new Migrator(new ConnectionSettings(Postgres.url(database), Postgres.USER, Postgres.PASSWORD),
                compile(spec), quiet(), Duration.ofSeconds(30));

        migrator.upgrade("head");
        assertEquals(List.of(APPLIED + "|" + (APPLIED - 1) + "|" + APPLIED), Postgres.rows(database, COUNTS));
        assertEquals(List.of(spec.revisionId()), migrator.current());

        migrator.downgrade("base");
        assertEquals(List.of("0|0|0"), Postgres.rows(database, COUNTS));
        assertEquals(List.of(), migrator.current());
    }

    private static RevisionSpec baseline(int tables) {
        var changes = Autogenerate.changes(Schema.EMPTY, model(tables), RenameHints.NONE,
                Autogenerate.Confirmations.NONE).changes();
        return new RevisionSpec(PACKAGE, "V20270101_000000_Baseline", "ba5e11e00001", List.of(),
                "Baseline", Instant.parse("2027-01-01T00:00:00Z"), changes, SchemaDiff.inverse(changes));
    }

    /** Tables, foreign keys and unique indexes of the generated model in the public schema. */
    private static final String COUNTS = "SELECT"
            + " (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't%'),"
            + " (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conname LIKE 't%'),"
            + " (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'ix_t%')";

    /** Tables t0001…tN of six columns (one with a default), a unique index and a foreign key to the table before. */
    private static Schema model(int count) {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = "t%04d".formatted(i);
            List<ForeignKey> keys = i == 1 ? List.of()
                    : List.of(new ForeignKey(name + "_parent_fk", List.of("parent_id"), "t%04d".formatted(i - 1), List.of("id")));
            tables.add(new Table(name, List.of(
                    new Column("id", "bigint", false, true),
                    new Column("code", "character varying(40)", false, false),
                    Column.of("description", "text"),
                    Column.of("active", "boolean").withDefault("true"),
                    Column.of("quantity", "integer"),
                    Column.of("parent_id", "bigint")),
                    new PrimaryKey(name + "_pkey", List.of("id")), List.of(),
                    List.of(new Index("ix_" + name + "_code", List.of("code"), true)), keys, List.of()));
        }
        return new Schema(tables);
    }

    /** Compiles the revision as a user's build would, into a directory, and finds it there. */
    private Revisions compile(RevisionSpec spec) throws Exception {
        Path file = MigrationSource.write(spec, temp.resolve("src"));
        Path classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "--release", "17", "-proc:none", "-encoding", "UTF-8",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), file.toString());
        assertEquals(0, status, "javac: " + errors.toString(StandardCharsets.UTF_8));
        return Revisions.scan(new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()), PACKAGE);
    }

    private static Log quiet() {
        return new Log() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                System.out.println("WARNING: " + message);
            }
        };
    }
}
