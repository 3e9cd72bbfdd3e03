package dev.optionsdeep.migrate;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Step;
import dev.optionsdeep.migrate.support.PostgresServer;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migration at application start, in plain Java: no Maven anywhere. */
class MigrateTest {

    private static final String FIXTURES = "dev.optionsdeep.migrate.executor.fixtures";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private final List<String> log = new ArrayList<>();

    @Test
    void upgradesToHeadThroughTheApplicationsDataSource() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.settings().url());
        dataSource.setUser(PostgresServer.USER);
        dataSource.setPassword(PostgresServer.PASSWORD);

        Migrate equities = Migrate.database("equities").dataSource(dataSource).migrationPackage(FIXTURES).log(recording());
        List<Step> steps = equities.upgrade();

        assertEquals(List.of("ae1027a6acf3", "b4f2e8c9d120", "c5a3f9d0e231"), steps.stream().map(Step::revision).toList());
        assertEquals(List.of("c5a3f9d0e231"), equities.current());
        assertEquals(List.of("c5a3f9d0e231"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of("3"), db.rows("SELECT count(*) FROM migrate_history WHERE direction = 'upgrade'"));
        // A second start finds nothing to do.
        assertEquals(List.of(), equities.upgrade());
        assertTrue(log.contains("Nothing to upgrade: the database is already at c5a3f9d0e231."), log.toString());
    }

    @Test
    void schemaAndSessionSettingsApplyToTheMigrationsConnection() throws Exception {
        ConnectionSettings settings = new ConnectionSettings(db.settings().url(), PostgresServer.USER, PostgresServer.PASSWORD,
                "research", Map.of("lock_timeout", "7s", "statement_timeout", "90s", "application_name", "options-deep-startup"));
        Migrate.database("settings").connection(settings).migrationPackage(FIXTURES).log(recording()).upgrade();

        assertEquals(List.of("research|7s|90s|options-deep-startup"),
                db.rows("SELECT schema_name, lock_timeout, statement_timeout, application_name FROM research.seen"));
        assertEquals(List.of("5e7700000001"), db.rows("SELECT revision FROM research.migrate_version"));
        assertEquals(List.of(), db.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void withoutAConnectionItSaysWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Migrate.database("equities").upgrade());
        assertEquals("Migrate.database(\"equities\") needs a connection: call .dataSource(…) or .url(…) before upgrading",
                e.getMessage());
    }

    @Test
    void warnsWhenNoRevisionsAreOnTheClassPath() {
        Migrate.database("nothing_here").url(db.settings().url(), PostgresServer.USER, PostgresServer.PASSWORD)
                .migrationPackage(FIXTURES).log(recording()).current();
        assertTrue(log.contains("WARN no revisions of database nothing_here found in package " + FIXTURES
                + ".nothing_here on the class path"), log.toString());
    }

    private Log recording() {
        return new Log() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void warn(String message) {
                log.add("WARN " + message);
            }
        };
    }
}
