package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A baseline is stamped without running anything, once: a database with version rows is refused. */
class BaselineStampTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private Migrator migrator() {
        Revisions none = Revisions.scan(getClass().getClassLoader(), "dev.optionsdeep.migrate.executor.fixtures.none");
        return new Migrator(db.settings(), none, Log.console(), Duration.ofSeconds(5));
    }

    @Test
    void stampsTheBaselineAndRecordsItWithItsMessage() throws SQLException {
        db.execute("CREATE TABLE companies (id bigint PRIMARY KEY)");
        Step step = migrator().baseline("0a1b2c3d4e5f", "baseline Baseline; Flyway's history kept in flyway_schema_history");

        assertEquals(List.of("0a1b2c3d4e5f"), step.to());
        assertEquals(List.of("0a1b2c3d4e5f"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of("0a1b2c3d4e5f|stamp|base|0a1b2c3d4e5f|baseline Baseline; Flyway's history kept in"
                        + " flyway_schema_history|null"),
                db.rows("SELECT revision, direction, from_revisions, to_revisions, message, checksum FROM migrate_history"));
    }

    @Test
    void aDatabaseWithVersionRowsIsRefused() throws SQLException {
        migrator().baseline("0a1b2c3d4e5f", "baseline Baseline");

        RevisionException e = assertThrows(RevisionException.class, () -> migrator().baseline("99aa88bb77cc", "again"));
        assertEquals("the database has Migrate version rows already (it is at 0a1b2c3d4e5f): it is managed by Migrate,"
                + " and a baseline would rewrite its history. Capture model changes with mvn migrate:revision; if its"
                + " schema matches another revision, record that with mvn migrate:stamp -Dtarget=<revision> -Dpurge.",
                e.getMessage());
        assertEquals(List.of("0a1b2c3d4e5f"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(1, db.rows("SELECT * FROM migrate_history").size());
    }

    @Test
    void flywaysHistoryIsReadAsItsLastSuccessfulVersion() throws SQLException {
        // The columns Flyway's history table has, with the rows of two versioned and one repeatable migration.
        db.execute("""
                CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50),
                    description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL,
                    checksum int, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),
                    execution_time int NOT NULL, success boolean NOT NULL);
                INSERT INTO flyway_schema_history VALUES
                    (1, '1', 'Create companies', 'SQL', 'V1__Create_companies.sql', 123, 'app', now(), 5, true),
                    (2, '1.1', 'Add prices', 'SQL', 'V1_1__Add_prices.sql', -456, 'app', now(), 5, true),
                    (3, NULL, 'Views', 'SQL', 'R__Views.sql', 789, 'app', now(), 5, true)""");
        try (Connection c = db.connect()) {
            FlywayHistory history = FlywayHistory.read(c, FlywayHistory.DEFAULT_TABLE).orElseThrow();
            assertEquals("Flyway's history kept in flyway_schema_history: at version 1.1 (Add prices, checksum -456),"
                    + " 3 migrations applied", history.describe());
            assertEquals(Optional.empty(), FlywayHistory.read(c, "no_such_history"));
        }
    }
}
