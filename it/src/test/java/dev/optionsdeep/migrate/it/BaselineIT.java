package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.Migrate;
import dev.optionsdeep.migrate.introspect.Introspection;
import dev.optionsdeep.migrate.introspect.ObjectDefinition;
import dev.optionsdeep.migrate.introspect.SchemaReader;
import dev.optionsdeep.migrate.it.baseline.LegacyCompany;
import dev.optionsdeep.migrate.it.baseline.Watchlist;
import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import dev.optionsdeep.migrate.it.support.Postgres;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting Migrate on databases made without it: {@code equities} built by Hibernate's own
 * {@code ddl-auto=create} from an older model, {@code algorithms} built by Flyway from SQL files (a
 * named schema, serial columns, a function, a trigger, a view, an extension). {@code migrate:baseline} writes a first
 * revision per database and stamps it without running anything; a fresh database upgraded through
 * it reads back as the original; the next {@code migrate:revision} brings the original to the model.
 */
class BaselineIT {

    private static final Set<String> BOOKKEEPING = Set.of("migrate_version", "migrate_history", "flyway_schema_history");

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        project.edit("src/main/java/com/optionsdeep/algorithms/Strategy.java",
                "@Table(name = \"strategies\")", "@Table(name = \"strategies\", schema = \"research\")");
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
        for (String db : List.of("equities", "algorithms")) {
            Postgres.drop(freshDatabase(db));
        }
    }

    @Test
    void databasesBuiltByHibernateAndByFlywayAreBaselinedAndTheNextRevisionBringsThemToTheModel() throws Exception {
        try (SessionFactory ignored = hibernateCreates(project.database("equities"), LegacyCompany.class, Watchlist.class)) {
            // Hibernate's ddl-auto=create has built the legacy schema.
        }
        Flyway.configure().dataSource(Postgres.url(project.database("algorithms")), Postgres.USER, Postgres.PASSWORD)
                .locations("classpath:baseline/flyway").load().migrate();
        execute(project.database("equities"), "INSERT INTO companies (ticker, company_name, is_active, created_at)"
                + " VALUES ('ACME', 'Acme', true, now())");
        Introspection equities = introspect(project.database("equities"));
        Introspection algorithms = introspect(project.database("algorithms"));
        List<ObjectDefinition> algorithmsObjects = definitions(project.database("algorithms"));
        List<String> equitiesKeys = generatedKeys(project.database("equities"));
        List<String> algorithmsKeys = generatedKeys(project.database("algorithms"));
        assertEquals(List.of(
                "research.signals.id integer default nextval('research.signals_id_seq'::regclass) owns research.signals_id_seq",
                "research.signals.sequence_number bigint default nextval('research.signals_sequence_number_seq'::regclass)"
                        + " owns research.signals_sequence_number_seq",
                "research.signals.strength smallint default nextval('research.signals_strength_seq'::regclass)"
                        + " owns research.signals_strength_seq",
                "research.signals.ticket bigint identity a owns research.signals_ticket_seq start 1000 increment 10",
                "research.strategies.id bigint identity d owns research.strategies_id_seq"), algorithmsKeys);

        Build baseline = mvn.run("migrate:baseline", "-Dunmodelled=sql").assertSuccess();
        String equitiesId = baseline.find("equities: baseline revision ([0-9a-f]{12}) written to");
        String algorithmsId = baseline.find("algorithms: baseline revision ([0-9a-f]{12}) written to");
        baseline.assertPrinted("equities: stamped base -> " + equitiesId + " (no migrations run)")
                .assertPrinted("algorithms: Flyway's history kept in flyway_schema_history: at version 2 (Views and triggers, checksum ")
                .assertPrinted("  + view recent_strategies")
                .assertPrinted("  + trigger strategies_touch on research.strategies")
                .assertPrinted("  + function touch_updated_at()")
                .assertPrinted("  + extension pg_trgm")
                .assertPrinted("algorithms: not read, so not in the baseline revision: schema audit.")
                .assertPrinted("equities: the model differs from the database in ")
                .assertPrinted("  + add column companies.sector character varying(100) null")
                .assertPrinted("  - drop table watchlists")
                .assertPrinted("  + add column research.strategies.max_position numeric(18,2) null")
                .assertPrinted("  - drop table research.signals")
                .assertPrinted("  + identity column ticket on research.signals")
                .assertNotPrinted("serial column");

        assertEquals(List.of(equitiesId), project.rows("equities", "SELECT revision FROM migrate_version"));
        assertEquals(List.of("stamp|base|" + equitiesId + "|baseline Baseline"),
                project.rows("equities", "SELECT direction, from_revisions, to_revisions, message FROM migrate_history"));
        String flywayNote = project.rows("algorithms", "SELECT message FROM migrate_history").get(0);
        assertTrue(flywayNote.startsWith("baseline Baseline; Flyway's history kept in flyway_schema_history: at version 2"
                + " (Views and triggers, checksum "), flywayNote);
        assertEquals(List.of("2"), project.rows("algorithms", "SELECT count(*) FROM flyway_schema_history"));
        assertEquals(List.of("ACME"), project.rows("equities", "SELECT ticker FROM companies"), "nothing was run");

        // The next revision captures how the model differs, as the baseline said (applied below).
        mvn.run("migrate:revision", "-Dmessage=Adopt the current model").assertSuccess()
                .assertPrinted("equities: detected 8 changes").assertPrinted("algorithms: detected 3 changes");

        // A fresh database upgraded through the baseline revision (compiled by the revision goal, as an
        // application upgrades at start-up) is the original, views and triggers included.
        for (String db : List.of("equities", "algorithms")) {
            Postgres.create(freshDatabase(db));
            try (URLClassLoader classes = new URLClassLoader(new URL[] {project.file("target/classes").toUri().toURL()},
                    getClass().getClassLoader())) {
                Migrate.database(db).url(Postgres.url(freshDatabase(db)), Postgres.USER, Postgres.PASSWORD)
                        .classLoader(classes).upgrade();
            }
        }
        assertEquals(equities, introspect(freshDatabase("equities")));
        assertEquals(algorithms, introspect(freshDatabase("algorithms")));
        assertEquals(algorithmsObjects, definitions(freshDatabase("algorithms")));
        // Serial and identity columns come back with the same default or identity, and the same sequence owned by them.
        assertEquals(equitiesKeys, generatedKeys(freshDatabase("equities")));
        assertEquals(algorithmsKeys, generatedKeys(freshDatabase("algorithms")));

        // Upgraded through it, the originals are exactly the model.
        mvn.run("migrate:upgrade").assertSuccess();
        for (String db : List.of("equities", "algorithms")) {
            Schema model = SnapshotCodec.read(project.read("target/classes/META-INF/migrate/" + db + ".schema.json"), db).schema();
            assertEquals(model, introspect(project.database(db)).schema(), db);
        }
        assertEquals(List.of("ACME"), project.rows("equities", "SELECT ticker FROM companies"));

        mvn.run("migrate:baseline", "-Ddatabase=equities").assertFailure()
                .assertPrinted("database equities has revisions in this project already (head ");
    }

    private String freshDatabase(String db) {
        return project.database(db) + "_fresh";
    }

    private static SessionFactory hibernateCreates(String database, Class<?>... entities) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", Postgres.url(database))
                .setProperty("hibernate.connection.username", Postgres.USER)
                .setProperty("hibernate.connection.password", Postgres.PASSWORD)
                .setProperty("hibernate.hbm2ddl.auto", "create");
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        return configuration.buildSessionFactory();
    }

    private static SchemaReader reader() {
        return new SchemaReader(SchemaReader.DEFAULT_SCHEMA, BOOKKEEPING, Set.of("research"));
    }

    private static Introspection introspect(String database) throws SQLException {
        try (Connection c = connect(database)) {
            return reader().read(c);
        }
    }

    private static List<ObjectDefinition> definitions(String database) throws SQLException {
        try (Connection c = connect(database)) {
            return reader().definitionReader().read(c);
        }
    }

    /**
     * Every column whose value a sequence generates, Migrate's own tables left out: its default or identity kind,
     * the sequence it owns ({@code pg_get_serial_sequence}), and that sequence's start and increment when not 1,
     * as {@code schema.table.column type default … owns schema.sequence}.
     */
    private static List<String> generatedKeys(String database) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(database); ResultSet rs = c.createStatement().executeQuery("""
                SELECT n.nspname || '.' || t.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                       || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text
                               ELSE ' default ' || pg_get_expr(d.adbin, d.adrelid) END
                       || ' owns ' || pg_get_serial_sequence(format('%I.%I', n.nspname, t.relname), a.attname)
                       || CASE WHEN q.seqstart <> 1 OR q.seqincrement <> 1
                               THEN ' start ' || q.seqstart || ' increment ' || q.seqincrement ELSE '' END
                  FROM pg_attribute a
                  JOIN pg_class t ON t.oid = a.attrelid AND t.relkind = 'r'
                  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname IN ('public', 'research')
                  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                  JOIN pg_sequence q
                       ON q.seqrelid = pg_get_serial_sequence(format('%I.%I', n.nspname, t.relname), a.attname)::regclass
                 WHERE a.attnum > 0 AND NOT a.attisdropped AND t.relname NOT IN ('migrate_version', 'migrate_history')
                 ORDER BY 1""")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database)) {
            c.createStatement().execute(sql);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(Postgres.url(database), Postgres.USER, Postgres.PASSWORD);
    }
}
