package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.drift.Difference;
import dev.optionsdeep.migrate.drift.DriftReport;
import dev.optionsdeep.migrate.migration.Operations;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A live database compared with the schema its revisions give it, after changes made by hand. */
class DriftTest {

    private static final String FIXTURES = "dev.optionsdeep.migrate.executor.fixtures.";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private final Revisions revisions = Revisions.scan(getClass().getClassLoader(), FIXTURES + "equities");

    @Test
    void aDatabaseAsItsRevisionsSayHasNoDrift() {
        migrator().upgrade("head");

        DriftReport report = drift(Duration.ofSeconds(5));

        assertEquals(List.of("c5a3f9d0e231"), report.revisions());
        assertFalse(report.hasDrift(), report.toString());
        assertEquals(List.of(), report.ignored());
    }

    @Test
    void handChangesAreReportedInTheUsersWordsAndWhatMigrateDoesNotModelIsIgnored() throws SQLException {
        migrator().upgrade("head");
        db.execute("ALTER TABLE companies ADD COLUMN nickname text");
        db.execute("DROP INDEX ix_companies_ticker");
        db.execute("ALTER TABLE companies ALTER COLUMN stock_symbol_type TYPE character varying(40)");
        db.execute("DROP TABLE stock_prices");
        db.execute("CREATE VIEW active_companies AS SELECT id, ticker FROM companies");
        db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
        db.execute("CREATE TRIGGER companies_touch BEFORE UPDATE ON companies FOR EACH ROW EXECUTE FUNCTION touch()");

        DriftReport report = drift(Duration.ofSeconds(5));

        assertEquals(List.of(
                "column companies.nickname was added by hand: text null",
                "column companies.stock_symbol_type changed type: expected character varying(20), found character varying(40)",
                "index ix_companies_ticker on companies was dropped: expected unique (ticker)",
                "table stock_prices is missing: expected (id bigint identity not null, ticker character varying(20) not null)"),
                report.differences().stream().map(Difference::message).toList());
        assertEquals(List.of("added", "changed", "missing"), report.differences().stream().map(d -> d.kind().label())
                .distinct().sorted().toList());
        assertEquals(List.of("schema public has function touch(), which Migrate does not model yet",
                "schema public has view active_companies, which Migrate does not model yet",
                "table companies has trigger companies_touch, which Migrate does not model yet"), report.ignored());
    }

    @Test
    void driftTakesTheMigrationLock() throws SQLException {
        migrator().upgrade("head");
        try (Connection other = db.connect(); Statement s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ")");
            LockTimeoutException e = assertThrows(LockTimeoutException.class, () -> drift(Duration.ofMillis(300)));
            assertTrue(e.getMessage().startsWith("another migration of this database (pid "), e.getMessage());
        }
    }

    private DriftReport drift(Duration lockTimeout) {
        return new Drift(db.settings(), revisions, Log.console(), lockTimeout).check(this::schemaAt);
    }

    /** The schema the revisions build up to {@code heads}, step by step (these fixtures have no snapshots). */
    private Schema schemaAt(List<String> heads) {
        Set<String> applied = revisions.graph().withAncestors(heads);
        Schema schema = Schema.EMPTY;
        for (RevisionInfo r : revisions.graph().revisions()) {
            if (applied.contains(r.id())) {
                for (Change c : Operations.stepsOf(revisions.migration(r.id()), true)) {
                    schema = c.applyTo(schema);
                }
            }
        }
        return schema;
    }

    private Migrator migrator() {
        return new Migrator(db.settings(), revisions, Log.console(), Duration.ofSeconds(30));
    }
}
