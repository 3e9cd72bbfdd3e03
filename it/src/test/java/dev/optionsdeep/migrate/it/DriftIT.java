package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes made by hand to live databases, found by migrate:drift and reported in the user's words;
 * views, functions and triggers listed as ignored; JSON for CI.
 */
class DriftIT {

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void handChangesAreDriftAndWhatMigrateDoesNotModelIsIgnored() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        String rev = mvn.run("migrate:revision", "-Dmessage=Initial schema", "migrate:upgrade", "migrate:drift")
                .assertSuccess().find("equities: no drift: the database has the schema of revision ([0-9a-f]{12})");
        assertTrue(!rev.isEmpty());

        project.execute("equities", "ALTER TABLE companies ADD COLUMN nickname text");
        project.execute("equities", "ALTER TABLE companies DROP CONSTRAINT ix_companies_ticker");
        project.execute("equities", "CREATE INDEX companies_sector_idx ON companies (sector)");
        project.execute("equities", "ALTER TABLE companies ALTER COLUMN company_name TYPE character varying(600)");
        project.execute("equities", "CREATE VIEW active_companies AS SELECT id, ticker FROM companies WHERE is_active");
        project.execute("equities", "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
        project.execute("equities", "CREATE TRIGGER companies_touch BEFORE UPDATE ON companies FOR EACH ROW EXECUTE FUNCTION touch()");
        project.execute("algorithms", "DROP TABLE strategies");

        mvn.run("migrate:drift").assertFailure()
                .assertPrinted("equities: 4 differences from the schema of revision " + rev + ":")
                .assertPrinted("  column companies.company_name changed type: expected character varying(500),"
                        + " found character varying(600)")
                .assertPrinted("  column companies.nickname was added by hand: text null")
                .assertPrinted("  index companies_sector_idx on companies was added by hand: (sector)")
                .assertPrinted("  unique constraint ix_companies_ticker on companies was dropped: expected (ticker)")
                .assertPrinted("equities: ignored, as Migrate does not model them (never drift):")
                .assertPrinted("  schema public has view active_companies, which Migrate does not model yet")
                .assertPrinted("  table companies has trigger companies_touch, which Migrate does not model yet")
                .assertPrinted("algorithms: 1 difference from the schema of revision ")
                .assertPrinted("  table strategies is missing: expected (id bigint identity not null")
                .assertPrinted("drift in environment local: algorithms (1 difference), equities (4 differences) differ from"
                        + " the schema their revisions give them.");

        mvn.run("migrate:drift", "-Dmigrate.format=json", "-Ddatabase=equities").assertFailure()
                .assertPrinted("\"environment\": \"local\"")
                .assertPrinted("\"kind\": \"added\"")
                .assertPrinted("\"name\": \"companies.nickname\"")
                .assertPrinted("\"found\": \"character varying(600)\"")
                .assertNotPrinted("[ERROR]   column companies.nickname");
        String json = project.read("target/migrate/drift-local.json");
        assertTrue(json.contains("\"database\": \"equities\",\n      \"revisions\": [\"" + rev + "\"],\n"
                + "      \"drift\": true,"), json);
        assertTrue(json.contains("\"message\": \"unique constraint ix_companies_ticker on companies was dropped: expected (ticker)\""), json);
        assertTrue(json.contains("\"schema public has function touch(), which Migrate does not model yet\""), json);
    }
}
