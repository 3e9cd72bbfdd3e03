package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database on two branches at once (fixtures/branches: a1, then b2 labelled symbols, and c3
 * labelled prices followed by d4, which depends on b2), and stamping.
 */
class BranchedMigrationTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private Migrator migrator;

    @BeforeEach
    void migrator() {
        migrator = new Migrator(db.settings(), Revisions.scan(getClass().getClassLoader(),
                "dev.optionsdeep.migrate.executor.fixtures.branches"), Log.console(), Duration.ofSeconds(30));
    }

    @Test
    void upgradeToHeadRefusesSeveralHeadsAndHeadsAppliesBoth() throws SQLException {
        RevisionException e = assertThrows(RevisionException.class, () -> migrator.upgrade("head"));
        assertTrue(e.getMessage().startsWith("'head' is ambiguous: the revisions have several heads,"
                + " b20000000002, d40000000004. Join them with mvn migrate:merge"), e.getMessage());

        assertEquals(List.of("a10000000001", "b20000000002", "c30000000003", "d40000000004"), ids(migrator.upgrade("heads")));

        assertEquals(List.of("b20000000002", "d40000000004"), migrator.current());
        assertEquals(List.of("b20000000002", "d40000000004"), db.rows("SELECT revision FROM migrate_version ORDER BY 1"));
        assertEquals(List.of(
                        "a10000000001|base|a10000000001",
                        "b20000000002|a10000000001|b20000000002",
                        "c30000000003|b20000000002|b20000000002,c30000000003",
                        "d40000000004|b20000000002,c30000000003|b20000000002,d40000000004"),
                db.rows("SELECT revision, from_revisions, to_revisions FROM migrate_history ORDER BY id"));
    }

    @Test
    void eachBranchMovesOnItsOwn() throws SQLException {
        assertEquals(List.of("a10000000001", "c30000000003"), ids(migrator.upgrade("prices@base+1")));
        assertEquals(List.of("b20000000002"), ids(migrator.upgrade("symbols@head")));
        assertEquals(List.of("b20000000002", "c30000000003"), migrator.current());
        // Reverting the symbols branch leaves prices where it is.
        assertEquals(List.of("b20000000002"), ids(migrator.downgrade("symbols@base")));
        assertEquals(List.of("c30000000003"), migrator.current());
        assertEquals(List.of(), db.rows("SELECT 1 FROM information_schema.columns WHERE column_name = 'stock_symbol_type'"));
        // d4 depends on b2: upgrading the prices branch brings b2 back first.
        assertEquals(List.of("b20000000002", "d40000000004"), ids(migrator.upgrade("prices@head")));
        // ...and reverting b2 reverts d4 before it.
        assertEquals(List.of("d40000000004", "b20000000002"), ids(migrator.downgrade("symbols@base")));
        assertEquals(List.of("c30000000003"), migrator.current());
    }

    @Test
    void stampSetsTheVersionTableWithoutRunningAnything() throws SQLException {
        Step stamp = migrator.stamp("heads", false).orElseThrow();

        assertEquals("stamp", stamp.direction());
        assertEquals(List.of("b20000000002", "d40000000004"), migrator.current());
        assertEquals(List.of(), db.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename NOT LIKE 'migrate%'"));
        assertEquals(List.of("b20000000002, d40000000004|stamp|base|b20000000002,d40000000004|stamp heads|null"),
                db.rows("SELECT revision, direction, from_revisions, to_revisions, message, checksum FROM migrate_history"));
        assertEquals(Optional.empty(), migrator.stamp("heads", false));

        migrator.stamp("c3", false);
        assertEquals(List.of("b20000000002", "c30000000003"), migrator.current());
    }

    @Test
    void purgeClearsRevisionsTheProjectDoesNotHave() throws SQLException {
        migrator.stamp("a1", false);
        db.execute("UPDATE migrate_version SET revision = 'f00000000000'");
        RevisionException unknown = assertThrows(RevisionException.class, () -> migrator.stamp("head", false));
        assertTrue(unknown.getMessage().contains("migrate:stamp -Dtarget=<revision> -Dpurge"), unknown.getMessage());

        migrator.stamp("symbols@head", true);

        assertEquals(List.of("b20000000002"), migrator.current());
        assertEquals(List.of("f00000000000|b20000000002|stamp symbols@head (purged)"),
                db.rows("SELECT from_revisions, to_revisions, message FROM migrate_history ORDER BY id DESC LIMIT 1"));
    }

    private static List<String> ids(List<Step> steps) {
        return steps.stream().map(Step::revision).toList();
    }
}
