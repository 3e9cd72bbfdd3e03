package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.Verbatim;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A column definition Migrate keeps verbatim is judged by PostgreSQL: at upgrade, a refusal names the
 * attribute and rolls the revision back; at revision time, the probe runs the new revision's steps in a
 * transaction rolled back, on a database at the revision's parent.
 */
class VerbatimDefinitionTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static final String REFUSED = "com.acme.Order#total: columnDefinition \"numeric collate \\\"C\\\"\" failed on"
            + " PostgreSQL: collations are not supported by type numeric";

    @Test
    void aDefinitionPostgresqlRefusesAtUpgradeIsNamedByItsAttributeAndRolledBack() throws SQLException {
        Migrator m = new Migrator(db.settings(), Revisions.scan(getClass().getClassLoader(),
                "dev.optionsdeep.migrate.executor.fixtures.verbatim"), Log.console(), Duration.ofSeconds(30));

        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> m.upgrade("head"));

        // The error's position points into the second definition: only that one is named.
        assertTrue(e.getMessage().startsWith(REFUSED + "\nrevision ab0000000001 (Create orders) failed at step"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("The revision was rolled back; the database is still at base."), e.getMessage());
        assertEquals(List.of(), db.rows("SELECT relname FROM pg_class WHERE relname = 'orders'"));
        assertEquals(List.of(), m.current());
    }

    @Test
    void theProbeNamesTheRefusedDefinitionAndLeavesNothingBehind() throws SQLException {
        List<Change> changes = SchemaDiff.between(Schema.EMPTY, orders(
                verbatim("total", "numeric", "numeric collate \"C\"", "com.acme.Order#total")));
        try (Connection c = db.connect()) {
            DefinitionProbe.Outcome outcome = DefinitionProbe.run(c, List.of(), changes);

            assertTrue(outcome.probed());
            assertEquals(List.of(REFUSED), outcome.refused());
            assertTrue(c.getAutoCommit(), "the connection is left as it was");
        }
        assertEquals(List.of(), db.rows("SELECT relname FROM pg_class WHERE relname = 'orders'"));
    }

    @Test
    void theProbePassesDefinitionsThatNeedTheirTableAndRollsThemBack() throws SQLException {
        // A generated column names another column of its table: probed with its table, as the upgrade runs it.
        List<Change> changes = SchemaDiff.between(Schema.EMPTY, orders(
                verbatim("code", "text", "text collate \"C\" not null", "com.acme.Order#code"),
                verbatim("upper_code", "text", "text generated always as (upper(code)) stored", "com.acme.Order#upperCode"),
                verbatim("n", "serial", "serial", "com.acme.Order#n")));
        try (Connection c = db.connect()) {
            DefinitionProbe.Outcome outcome = DefinitionProbe.run(c, List.of(), changes);

            assertEquals(new DefinitionProbe.Outcome(true, null, List.of()), outcome);
        }
        assertEquals(List.of(), db.rows("SELECT relname FROM pg_class WHERE relname IN ('orders', 'orders_n_seq')"));
        assertEquals(List.of("com.acme.Order#code", "com.acme.Order#upperCode", "com.acme.Order#n"),
                DefinitionProbe.attributes(changes));
    }

    @Test
    void aDatabaseNotAtTheParentIsNotProbed() throws SQLException {
        List<Change> changes = SchemaDiff.between(Schema.EMPTY, orders(
                verbatim("total", "numeric", "numeric collate \"C\"", "com.acme.Order#total")));
        try (Connection c = db.connect()) {
            DefinitionProbe.Outcome outcome = DefinitionProbe.run(c, List.of("ab0000000001"), changes);

            assertFalse(outcome.probed());
            assertEquals("the database is at base, not at ab0000000001 where the new revision starts", outcome.reason());
            assertEquals(List.of(), outcome.refused());
        }
    }

    static Column verbatim(String name, String type, String sql, String attribute) {
        return Column.of(name, type).withVerbatim(new Verbatim(sql, attribute));
    }

    static Schema orders(Column... columns) {
        List<Column> all = new java.util.ArrayList<>(List.of(new Column("id", SqlTypes.BIGINT, false, false)));
        all.addAll(List.of(columns));
        return new Schema(List.of(new Table("orders", all, new PrimaryKey("orders_pkey", List.of("id")), List.of(),
                List.of())));
    }
}
