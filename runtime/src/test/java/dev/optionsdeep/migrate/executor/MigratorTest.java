package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigratorTest {

    private static final String FIXTURES = "dev.optionsdeep.migrate.executor.fixtures.";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Test
    void upgradesToHeadInOrderAndRecordsEachStep() throws SQLException {
        List<Step> steps = migrator("equities").upgrade("head");

        assertEquals(List.of("ae1027a6acf3", "b4f2e8c9d120", "c5a3f9d0e231"), steps.stream().map(Step::revision).toList());
        assertEquals(List.of("c5a3f9d0e231"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of("companies|id|bigint|NO", "companies|stock_symbol_type|character varying|YES",
                        "companies|ticker|character varying|NO", "stock_prices|id|bigint|NO", "stock_prices|ticker|character varying|NO"),
                db.rows("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                        + " WHERE table_schema = 'public' AND table_name NOT LIKE 'migrate%' ORDER BY 1, 2"));
        assertEquals(List.of("AAPL"), db.rows("SELECT ticker FROM stock_prices"));
        assertEquals(List.of(
                        "ae1027a6acf3|upgrade|base|ae1027a6acf3|Create companies table|postgres",
                        "b4f2e8c9d120|upgrade|ae1027a6acf3|b4f2e8c9d120|Add stock_symbol_type to companies|postgres",
                        "c5a3f9d0e231|upgrade|b4f2e8c9d120|c5a3f9d0e231|Create stock_prices table|postgres"),
                db.rows("SELECT revision, direction, from_revisions, to_revisions, message, applied_by FROM migrate_history ORDER BY id"));
        assertEquals(List.of("t"), db.rows("SELECT bool_and(duration_ms >= 0 AND checksum LIKE 'v2:%' AND length(checksum) = 67)"
                + " FROM migrate_history"));
        assertTrue(log.contains("Upgrading base -> ae1027a6acf3, Create companies table"), log.toString());
        assertTrue(log.contains("Upgrading b4f2e8c9d120 -> c5a3f9d0e231, Create stock_prices table"), log.toString());
    }

    @Test
    void relativeMovesAndBase() throws SQLException {
        Migrator m = migrator("equities");
        assertEquals(List.of("ae1027a6acf3"), ids(m.upgrade("+1")));
        assertEquals(List.of("b4f2e8c9d120"), ids(m.upgrade("+1")));
        assertEquals(List.of("b4f2e8c9d120"), m.current());
        assertEquals(List.of("b4f2e8c9d120"), ids(m.downgrade("-1")));
        assertEquals(List.of(), db.rows("SELECT column_name FROM information_schema.columns WHERE column_name = 'stock_symbol_type'"));
        assertEquals(List.of("ae1027a6acf3"), m.current());
        assertEquals(List.of("b4f2e8c9d120", "c5a3f9d0e231"), ids(m.upgrade("head")));
        assertEquals(List.of("c5a3f9d0e231", "b4f2e8c9d120", "ae1027a6acf3"), ids(m.downgrade("base")));
        assertEquals(List.of(), m.current());
        assertEquals(List.of(), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of(), db.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'migrate%'"));
        assertEquals(List.of("downgrade|ae1027a6acf3|base", "downgrade|b4f2e8c9d120|ae1027a6acf3", "downgrade|c5a3f9d0e231|b4f2e8c9d120"),
                db.rows("SELECT direction, from_revisions, to_revisions FROM migrate_history ORDER BY id DESC LIMIT 3"));
    }

    /** What current and history show, read on one connection: at base before any table exists, then the heads. */
    @Test
    void stateIsTheHeadsAndNoInterruptedRevision() throws SQLException {
        Migrator m = migrator("equities");
        assertEquals(new Migrator.State(List.of(), null), m.state());
        m.upgrade("b4f2");
        assertEquals(new Migrator.State(List.of("b4f2e8c9d120"), null), m.state());
        db.execute("INSERT INTO migrate_version VALUES ('c5a3f9d0e231')");
        assertEquals(List.of("b4f2e8c9d120", "c5a3f9d0e231"), m.state().current());
    }

    @Test
    void upgradeToARevisionByPrefixAndNothingToDoAfterwards() {
        Migrator m = migrator("equities");
        assertEquals(List.of("ae1027a6acf3", "b4f2e8c9d120"), ids(m.upgrade("b4f2")));
        assertEquals(List.of(), m.upgrade("b4f2e8c9d120"));
        assertTrue(log.contains("Nothing to upgrade: the database is already at b4f2e8c9d120."), log.toString());
    }

    @Test
    void targetsOnTheWrongSideOfTheDatabaseAreRefused() {
        Migrator m = migrator("equities");
        m.upgrade("b4f2e8c9d120");
        RevisionException behind = assertThrows(RevisionException.class, () -> m.upgrade("ae1027"));
        assertEquals("upgrade target ae1027a6acf3 is behind the database, which is at b4f2e8c9d120."
                + " Use migrate:downgrade -Dtarget=ae1027a6acf3 to go back.", behind.getMessage());
        RevisionException ahead = assertThrows(RevisionException.class, () -> m.downgrade("c5a3"));
        assertEquals("downgrade target c5a3f9d0e231 is ahead of the database, which is at b4f2e8c9d120."
                + " Use migrate:upgrade -Dtarget=c5a3f9d0e231 to go forward.", ahead.getMessage());
        RevisionException tooFar = assertThrows(RevisionException.class, () -> m.downgrade("-5"));
        assertTrue(tooFar.getMessage().startsWith("cannot move -5: revision b4f2e8c9d120 is only 2 revisions above base."));
    }

    @Test
    void aRevisionThatFailsHalfwayLeavesSchemaVersionAndHistoryAsTheyWere() throws SQLException {
        Migrator m = migrator("failing");
        m.upgrade("+1");
        List<String> schemaBefore = schema();
        List<String> historyBefore = db.rows("SELECT * FROM migrate_history ORDER BY id");

        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> m.upgrade("head"));

        assertEquals("f00000000002", e.revision());
        assertEquals("UPDATE companies SET ticker = upper(name)", e.statement());
        assertTrue(e.getMessage().startsWith("revision f00000000002 (Backfill tickers) failed at step"
                + " 'execute UPDATE companies SET ticker = upper(name)'\n    UPDATE companies SET ticker = upper(name)\n"
                + "PostgreSQL said: ERROR: column \"name\" does not exist"), e.getMessage());
        assertTrue(e.getMessage().endsWith("The revision was rolled back; the database is still at f00000000001."), e.getMessage());
        assertEquals(schemaBefore, schema());
        assertEquals(List.of("f00000000001"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(historyBefore, db.rows("SELECT * FROM migrate_history ORDER BY id"));
        // The lock was released: the database can be migrated again at once.
        assertEquals(List.of("f00000000001"), ids(m.downgrade("base")));
    }

    @Test
    void dataMigrationsUseTheRevisionsConnectionAndRollBackWithIt() throws SQLException {
        Migrator m = migrator("data");
        m.upgrade("+1");
        dev.optionsdeep.migrate.executor.fixtures.data.V2_DoublePrices.failAfterUpdate = true;
        try {
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> m.upgrade("head"));
            assertTrue(e.getMessage().contains("failed in dev.optionsdeep.migrate.executor.fixtures.data.V2_DoublePrices.upgrade():"
                    + " java.lang.IllegalStateException: stopped on purpose after the update"), e.getMessage());
            assertEquals(List.of("AAPL|10.00", "MSFT|20.00"), db.rows("SELECT ticker, close FROM prices ORDER BY 1"));
        } finally {
            dev.optionsdeep.migrate.executor.fixtures.data.V2_DoublePrices.failAfterUpdate = false;
        }
        assertEquals(List.of("da7a00000002"), ids(m.upgrade("head")));
        assertEquals(List.of("AAPL|20.00", "MSFT|40.00"), db.rows("SELECT ticker, close FROM prices ORDER BY 1"));
        assertEquals(List.of("da7a00000002"), ids(m.downgrade("-1")));
        assertEquals(List.of("AAPL|10.00", "MSFT|20.00"), db.rows("SELECT ticker, close FROM prices ORDER BY 1"));
    }

    @Test
    void concurrentUpgradesDoNotInterleave() throws Exception {
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Integer> applied = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                try {
                    applied.add(migrator("slow").upgrade("head").size());
                } catch (Throwable ex) {
                    failures.add(ex);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of(0, 0, 1), applied.stream().sorted().toList());
        assertEquals(List.of("1"), db.rows("SELECT count(*) FROM migrate_history"));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Waiting for another migration of this database to finish (pid ")),
                log.toString());
    }

    @Test
    void aHeldLockTimesOutNamingItsHolder() throws Exception {
        try (var holder = db.connect(); var s = holder.createStatement()) {
            s.execute("SET application_name = 'nightly-batch'");
            s.execute("SELECT pg_advisory_lock(" + AdvisoryLock.KEY + ")");
            Migrator m = new Migrator(db.settings(), Revisions.scan(getClass().getClassLoader(), FIXTURES + "equities"),
                    recordingLog(), Duration.ofMillis(300));
            LockTimeoutException e = assertThrows(LockTimeoutException.class, () -> m.upgrade("head"));
            assertTrue(e.getMessage().matches("another migration of this database \\(pid \\d+, nightly-batch, user postgres.*\\)"
                    + " held the migration lock for more than 0 s. Wait for it to finish, or raise the lock timeout."), e.getMessage());
        }
        // Nothing was touched while the lock was held, not even the version table.
        assertEquals(List.of("t"), db.rows("SELECT to_regclass('migrate_version') IS NULL"));
    }

    @Test
    void connectionFailuresSayWhatToDo() {
        String missing = db.name() + "_missing";
        DatabaseConnectionException noDb = assertThrows(DatabaseConnectionException.class, () -> new Migrator(
                new ConnectionSettings(db.settings().url() + "_missing", "postgres", "postgres"),
                Revisions.scan(getClass().getClassLoader(), FIXTURES + "equities"), recordingLog(), Duration.ofSeconds(1)).current());
        assertEquals(DatabaseConnectionException.Reason.DATABASE_MISSING, noDb.reason());
        assertTrue(noDb.getMessage().endsWith("Create it first:\n    CREATE DATABASE " + missing + ";"), noDb.getMessage());

        DatabaseConnectionException unreachable = assertThrows(DatabaseConnectionException.class,
                () -> Connections.open(new ConnectionSettings("jdbc:postgresql://127.0.0.1:1/x", "postgres", "secret")));
        assertEquals(DatabaseConnectionException.Reason.UNREACHABLE, unreachable.reason());
        assertTrue(unreachable.getMessage().startsWith("cannot reach PostgreSQL at 127.0.0.1:1 ("), unreachable.getMessage());

        DatabaseConnectionException auth = assertThrows(DatabaseConnectionException.class,
                () -> Connections.open(new ConnectionSettings(db.settings().url(), "no_such_role_x", "secret")));
        assertEquals(DatabaseConnectionException.Reason.AUTHENTICATION_FAILED, auth.reason());
        assertTrue(auth.getMessage().startsWith("authentication failed for user \"no_such_role_x\""), auth.getMessage());
        for (Exception e : List.of(noDb, unreachable, auth)) {
            assertTrue(!e.getMessage().contains("secret"), e.getMessage());
        }
    }

    private List<String> schema() throws SQLException {
        return db.rows("SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'"
                + " UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
    }

    private Migrator migrator(String fixture) {
        return new Migrator(db.settings(), Revisions.scan(getClass().getClassLoader(), FIXTURES + fixture),
                recordingLog(), Duration.ofSeconds(30));
    }

    private Log recordingLog() {
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

    private static List<String> ids(List<Step> steps) {
        return steps.stream().map(Step::revision).toList();
    }
}
