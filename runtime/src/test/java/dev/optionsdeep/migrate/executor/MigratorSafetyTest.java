package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.Migrate;
import dev.optionsdeep.migrate.executor.fixtures.guarded.V1_CommitsHalfway;
import dev.optionsdeep.migrate.executor.fixtures.online.V2_IndexCodes;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.support.RecordingLog;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a migration does when something else goes on: other runs, other sessions, a lost connection, its own code. */
class MigratorSafetyTest {

    private static final String FIXTURES = "dev.optionsdeep.migrate.executor.fixtures";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private final RecordingLog recording = new RecordingLog();

    @Test
    void aCommitWrittenInARevisionIsRefusedBeforeItRuns() throws SQLException {
        V1_CommitsHalfway.how = "sql";
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrator("guarded").upgrade("head"));
        assertEquals("revision 9a0000000001 (Commit halfway) ends or opens a transaction at step 'execute COMMIT', which"
                + " would commit part of the revision for good. A revision is one transaction; for a statement that cannot"
                + " run in one, use ops.executeOutsideTransaction(sql) or ops.createIndexConcurrently(…). The revision was"
                + " rolled back; the database is still at base.", e.getMessage());
        assertEquals("COMMIT", e.statement());
        assertEquals(List.of(), userTables());
    }

    @Test
    void aCommitThroughTheConnectionIsRefused() throws SQLException {
        V1_CommitsHalfway.how = "jdbc";
        try {
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrator("guarded").upgrade("head"));
            assertTrue(e.getMessage().contains("revision 9a0000000001 called ops.connection().commit(): a revision runs in one"
                    + " transaction"), e.getMessage());
            assertTrue(e.getMessage().endsWith("The revision was rolled back; the database is still at base."), e.getMessage());
            assertEquals(List.of(), userTables());
        } finally {
            V1_CommitsHalfway.how = "sql";
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"statement", "hidden"})
    void aCommitThatSlipsThroughIsNamedAndNotRecordedAsApplied(String how) throws SQLException {
        // "hidden": the revision's code reads ahead in full, so its recorded steps run, and the check has no query of its own.
        V1_CommitsHalfway.how = how;
        try {
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrator("guarded").upgrade("head"));
            assertTrue(e.getMessage().startsWith("revision 9a0000000001 (Commit halfway) committed or rolled back its"
                    + " transaction itself"), e.getMessage());
            // What came before the COMMIT stays, as PostgreSQL committed it; the revision is not recorded.
            assertEquals(List.of("first_half"), userTables());
            assertEquals(List.of(), db.rows("SELECT revision FROM migrate_version"));
            assertEquals(List.of(), db.rows("SELECT revision FROM migrate_history"));
        } finally {
            V1_CommitsHalfway.how = "sql";
        }
    }

    @Test
    void aConnectionTerminatedMidRevisionReportsTheRevisionTheStatementAndTheCause() throws Exception {
        CompletableFuture<List<Step>> run = CompletableFuture.supplyAsync(() -> migrator("slow").upgrade("head"));
        terminateWhenRunning("SELECT pg_sleep(1)");
        Exception e = assertThrows(Exception.class, () -> run.get(30, TimeUnit.SECONDS));
        MigrationFailedException failed = assertCause(MigrationFailedException.class, e);
        assertEquals("5100000000001", failed.revision());
        assertEquals("SELECT pg_sleep(1)", failed.statement());
        assertTrue(failed.getMessage().startsWith("revision 5100000000001 (Create ledger slowly) failed at step"
                + " 'execute SELECT pg_sleep(1)'"), failed.getMessage());
        assertTrue(failed.getMessage().contains("terminating connection due to administrator command"), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("The connection to PostgreSQL was lost, and PostgreSQL rolls back an"
                + " unfinished transaction: the database is still at base."), failed.getMessage());
        // The version tables are created in the first revision's transaction: rolled back with it.
        assertEquals(List.of("0"), db.rows("SELECT count(*) FROM pg_class WHERE relname = 'migrate_version'"));
        assertEquals(List.of("5100000000001"), ids(migrator("slow").upgrade("head")));
    }

    @Test
    void concurrentFirstRunsCreateTheConfiguredSchemaUnderTheLock() throws Exception {
        ConnectionSettings settings = new ConnectionSettings(db.settings().url(), db.settings().username(),
                db.settings().password(), "fresh_schema", Map.of());
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> new Migrator(settings,
                    Revisions.scan(getClass().getClassLoader(), FIXTURES + ".equities"), recordingLog(), Duration.ofSeconds(60))
                    .upgrade("head").size()));
        }
        List<Integer> applied = new ArrayList<>();
        for (CompletableFuture<Integer> run : runs) {
            applied.add(run.get(60, TimeUnit.SECONDS));
        }
        assertEquals(List.of(0, 0, 0, 3), applied.stream().sorted().toList());
        assertEquals(List.of("c5a3f9d0e231"), db.rows("SELECT revision FROM fresh_schema.migrate_version"));
    }

    /**
     * {@code CREATE INDEX CONCURRENTLY} waits for every transaction holding an older snapshot: a waiter
     * that held one while it waited for the lock (a blocking {@code pg_advisory_lock} call, or a
     * transaction kept open around the polling) would stall the build until the waiter gave up, which
     * fails this test. The waiter must be seen waiting before the build starts, and both must finish.
     */
    @Test
    void aRunWaitingForTheLockDoesNotHoldUpAConcurrentIndexBuild() throws Exception {
        CompletableFuture<List<Step>> first = CompletableFuture.supplyAsync(() -> migrator("crash").upgrade("head"));
        await(l -> l.startsWith("Upgrading base -> c70000000001"));
        CompletableFuture<List<Step>> second = CompletableFuture.supplyAsync(() -> migrator("crash").upgrade("head"));
        assertEquals(4, first.get(60, TimeUnit.SECONDS).size());
        assertEquals(List.of(), second.get(60, TimeUnit.SECONDS));
        List<String> lines = recording.lines();
        int waiting = indexOf(lines, l -> l.startsWith("Waiting for another migration of this database to finish (pid ")
                && l.contains("connected since "));
        int build = indexOf(lines, l -> l.startsWith("Upgrading c70000000002 -> c70000000003"));
        assertTrue(waiting >= 0 && waiting < build, "the second run waited during the index build: " + lines);
        assertEquals(List.of("t"), db.rows("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ledger_amount_idx'::regclass"));
    }

    @Test
    void aRevisionThatGivesUpOnATableLockIsRetriedWithBackoff() throws Exception {
        Migrate migrate = Migrate.database("tablelock").migrationPackage(FIXTURES)
                .url(db.settings().url(), db.settings().username(), db.settings().password())
                .tableLockTimeout(Duration.ofMillis(200)).lockRetries(5, Duration.ofMillis(100)).log(recordingLog());
        migrate.upgrade("+1");
        try (Connection reader = db.connect()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("SELECT * FROM accounts");
            CompletableFuture<List<Step>> run = CompletableFuture.supplyAsync(migrate::upgrade);
            await(l -> l.contains("Retry 2 of 5"));
            reader.rollback();
            assertEquals(List.of("7a0000000002"), ids(run.get(30, TimeUnit.SECONDS)));
        }
        assertTrue(recording.lines().contains("WARN revision 7a0000000002 gave up waiting for a table lock (lock_timeout 200 ms): another"
                + " session holds it. Retry 1 of 5 in 100 ms."), recording.lines().toString());
        assertTrue(recording.lines().contains("WARN revision 7a0000000002 gave up waiting for a table lock (lock_timeout 200 ms): another"
                + " session holds it. Retry 2 of 5 in 200 ms."), recording.lines().toString());
        assertEquals(List.of("7a0000000002"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of("1"), db.rows("SELECT count(*) FROM migrate_history WHERE revision = '7a0000000002'"));
    }

    @Test
    void retriesRunOutWithTheLockTimeoutInTheMessage() throws Exception {
        Migrator m = new Migrator(ConnectionFactory.of(db.settings()),
                Revisions.scan(getClass().getClassLoader(), FIXTURES + ".tablelock"), recordingLog(),
                Locking.defaults().withTableLockTimeout(Duration.ofMillis(100)).withRetries(1, Duration.ofMillis(50)));
        m.upgrade("+1");
        try (Connection reader = db.connect()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("SELECT * FROM accounts");
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> m.upgrade("head"));
            assertTrue(e.getMessage().contains("PostgreSQL said: ERROR: canceling statement due to lock timeout"), e.getMessage());
            assertTrue(e.getMessage().endsWith("The revision was rolled back; the database is still at 7a0000000001."), e.getMessage());
        }
        assertEquals(1, recording.lines().stream().filter(l -> l.contains("gave up waiting for a table lock")).count(), recording.lines().toString());
    }

    @Test
    void aStepOutsideTheTransactionLeavesAVisibleStateThatTheNextUpgradeResumes() throws Exception {
        Migrator m = migrator("online");
        m.upgrade("+1");
        MigrationFailedException duplicate = assertThrows(MigrationFailedException.class, () -> m.upgrade("head"));
        assertTrue(duplicate.getMessage().startsWith("revision 0e0000000002 (Index codes concurrently) failed at step"
                + " 'create unique index concurrently items_code_key on items(code)'\n"
                + "    CREATE UNIQUE INDEX CONCURRENTLY items_code_key ON items (code)\n"
                + "PostgreSQL said: ERROR: could not create unique index \"items_code_key\""), duplicate.getMessage());
        assertTrue(duplicate.getMessage().endsWith("The database is in the middle of revision 0e0000000002: 1 of its steps"
                + " committed (migrate:current shows it). Fix the cause and run the upgrade again: it resumes at step 2."),
                duplicate.getMessage());
        assertEquals(List.of("0e0000000001"), m.current());
        assertTrue(m.interrupted().orElseThrow().startsWith("revision 0e0000000002 was interrupted during its upgrade from"
                + " 0e0000000001 to 0e0000000002 (started "), m.interrupted().toString());
        assertTrue(m.interrupted().orElseThrow().endsWith("its first 1 step committed, step 2 (a step that runs outside a"
                + " transaction) did not finish"), m.interrupted().toString());
        assertEquals("mvn migrate:upgrade resumes it at step 2", m.pending().orElseThrow().nextUpgrade());
        assertEquals(List.of("f"), db.rows("SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_code_key'::regclass"));
        RevisionException back = assertThrows(RevisionException.class, () -> m.downgrade("base"));
        assertTrue(back.getMessage().endsWith("Finish it first: mvn migrate:upgrade -Dtarget=0e0000000002 resumes it at"
                + " step 2."), back.getMessage());

        db.execute("DELETE FROM items WHERE id = 3");
        V2_IndexCodes.failAfterIndex = true;
        try {
            MigrationFailedException after = assertThrows(MigrationFailedException.class, () -> m.upgrade("head"));
            // The comment after the index rolled back; the column and the index stay committed.
            assertTrue(after.getMessage().endsWith("2 of its steps committed (migrate:current shows it). Fix the cause and"
                    + " run the upgrade again: it resumes at step 3."), after.getMessage());
        } finally {
            V2_IndexCodes.failAfterIndex = false;
        }
        assertTrue(recording.lines().contains("WARN index items_code_key is INVALID, left by an interrupted concurrent build: dropping it"
                + " to build it again"), recording.lines().toString());
        assertEquals(List.of("t"), db.rows("SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_code_key'::regclass"));

        assertEquals(List.of("0e0000000002"), ids(m.upgrade("head")));
        assertTrue(recording.lines().stream().anyMatch(l -> l.startsWith("Resuming: revision 0e0000000002 was interrupted")), recording.lines().toString());
        assertEquals(List.of("0e0000000002"), m.current());
        assertTrue(m.interrupted().isEmpty());
        assertEquals(List.of("codes are unique"), db.rows("SELECT obj_description('items'::regclass, 'pg_class')"));
        assertEquals(List.of("0e0000000001|upgrade", "0e0000000002|upgrade"),
                db.rows("SELECT revision, direction FROM migrate_history ORDER BY id"));
        assertEquals(List.of("0e0000000002"), ids(m.downgrade("-1")));
    }

    @Test
    void aProtectedMoveIsPlannedAndConfirmedUnderTheLock() throws Exception {
        CompletableFuture<List<Step>> first = CompletableFuture.supplyAsync(() -> migrator("protect").upgrade("+1"));
        await(l -> l.startsWith("Upgrading base -> 9e0000000001"));
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        // Planned before the lock, this +1 would be the harmless first revision; under the lock it is the drop.
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> migrator("protect").upgrade("+1", refuse(asked)));
        assertEquals("not confirmed", refused.getMessage());
        first.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("revision 9e0000000002 (Drop note bodies) may lose data: drop column notes.body text null, which"
                + " holds 3 values"), asked);
        assertEquals(List.of("9e0000000001"), db.rows("SELECT revision FROM migrate_version"));
        assertEquals(List.of("3"), db.rows("SELECT count(body) FROM notes"));
    }

    @Test
    void statementsTheCheckCannotClassifyNeedAConfirmation() {
        Migrator m = migrator("protect");
        m.upgrade("9e0000000002");
        List<String> asked = new ArrayList<>();
        assertThrows(RuntimeException.class, () -> m.upgrade("head", refuse(asked)));
        assertEquals(List.of(
                "revision 9e0000000003 (Reset notes) runs SQL whose effect Migrate cannot classify: execute DO $$ BEGIN"
                        + " EXECUTE 'TRUNC' || 'ATE notes'; END $$",
                "revision 9e0000000003 (Reset notes) runs SQL whose effect Migrate cannot classify: execute SELECT"
                        + " setval('notes_seq', 1, false)"), asked);
    }

    @Test
    void aDowngradeThatDropsDataSaysHowMuch() throws SQLException {
        Migrator m = migrator("equities");
        m.upgrade("b4f2e8c9d120");
        db.execute("INSERT INTO companies (ticker, stock_symbol_type) VALUES ('AAPL', 'common'), ('MSFT', 'common'), ('X', NULL)");
        List<String> asked = new ArrayList<>();
        assertThrows(RuntimeException.class, () -> m.downgrade("-1", refuse(asked)));
        assertEquals(List.of("downgrade reverts revision b4f2e8c9d120 (Add stock_symbol_type to companies)",
                "revision b4f2e8c9d120 (Add stock_symbol_type to companies) may lose data: drop column"
                        + " companies.stock_symbol_type character varying(20) null, which holds 2 values"), asked);
        assertEquals(List.of("2"), db.rows("SELECT count(stock_symbol_type) FROM companies"));
        assertEquals(List.of(), recording.lines().stream().filter(l -> l.contains("lose data")).toList(),
                "a refused move asks, and warns of nothing more");
        m.downgrade("-1");
        // Outside a protected environment: one warning, under the lock, before the step runs.
        assertEquals(List.of("WARN This downgrade may lose data:\n  revision b4f2e8c9d120 (Add stock_symbol_type to companies):"
                + " drop column companies.stock_symbol_type character varying(20) null, which holds 2 values\nIt runs now: the"
                + " environment is not protected, so no confirmation is asked."),
                recording.lines().stream().filter(l -> l.contains("lose data") || l.contains("holds")).toList());
        assertTrue(recording.lines().indexOf("Downgrading b4f2e8c9d120 -> ae1027a6acf3, Add stock_symbol_type to companies")
                > recording.lines().stream().filter(l -> l.contains("lose data")).map(recording.lines()::indexOf).findFirst().orElseThrow(),
                recording.lines().toString());
    }

    private static Confirmation refuse(List<String> asked) {
        return risks -> {
            asked.addAll(risks);
            throw new IllegalStateException("not confirmed");
        };
    }

    private void terminateWhenRunning(String statement) throws Exception {
        for (int i = 0; i < 300; i++) {
            List<String> done = db.rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid() AND query = '" + statement + "' AND state = 'active'");
            if (!done.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the statement never ran: " + statement);
    }

    private static int indexOf(List<String> lines, Predicate<String> line) {
        for (int i = 0; i < lines.size(); i++) {
            if (line.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void await(Predicate<String> line) throws InterruptedException {
        recording.await(line, 1);
    }

    private static <T extends Throwable> T assertCause(Class<T> type, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e, e);
    }

    private List<String> userTables() throws SQLException {
        return db.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'migrate%' ORDER BY 1");
    }

    private Migrator migrator(String fixture) {
        return new Migrator(db.settings(), Revisions.scan(getClass().getClassLoader(), FIXTURES + "." + fixture),
                recordingLog(), Duration.ofSeconds(30));
    }

    private Log recordingLog() {
        return recording;
    }

    private static List<String> ids(List<Step> steps) {
        return steps.stream().map(Step::revision).toList();
    }
}
