package dev.optionsdeep.migrate.executor.proof;

import dev.optionsdeep.migrate.executor.MigrationFailedException;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.support.PostgresServer;
import dev.optionsdeep.migrate.support.RecordingLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The executor's guarantees under faults, against a real PostgreSQL: separate JVMs racing to upgrade
 * one database, processes killed with SIGKILL, sessions terminated by the server. After each fault the
 * database is at a consistent revision ({@link Consistency}) and a rerun completes.
 *
 * <p>CI runs a few fault points drawn with a seed; {@code -Dmigrate.proof.full=true} runs them all,
 * {@code -Dmigrate.proof.seed=N} replays a draw (the summary line prints the seed).
 */
class ReliabilityProofTest {

    private static final String FIXTURE = "dev.optionsdeep.migrate.executor.fixtures.crash";
    private static final String HEAD = "c70000000004";
    private static final boolean FULL = Boolean.getBoolean("migrate.proof.full");
    private static final long SEED = Long.getLong("migrate.proof.seed", System.currentTimeMillis() % 100_000);
    /** Where a fault strikes: the n-th log line of an upgrade from base, then a pause. */
    private static final List<String> MARKERS = List.of("Upgrading base -> ", "  done in", "Upgrading c70000000001 -> ",
            "  done in", "Upgrading c70000000002 -> ", "  done in", "Upgrading c70000000003 -> ", "  done in");
    private static final int[] DELAYS_MS = {0, 40, 120, 250, 450};

    private static final AtomicInteger raced = new AtomicInteger();
    private static final AtomicInteger kills = new AtomicInteger();
    private static final AtomicInteger terminations = new AtomicInteger();
    private static final List<String> inconsistent = Collections.synchronizedList(new ArrayList<>());

    private final Revisions revisions = Revisions.scan(getClass().getClassLoader(), FIXTURE);
    private final Consistency consistency = new Consistency(revisions);

    @AfterAll
    static void summary() {
        System.out.println("Reliability proof (seed " + SEED + (FULL ? ", full" : ", CI subset; -Dmigrate.proof.full=true for all")
                + "): " + raced.get() + " processes raced, " + kills.get() + " kills, " + terminations.get()
                + " terminations, inconsistent states = " + inconsistent.size());
    }

    @Test
    void eightProcessesUpgradingOneDatabaseApplyEachRevisionOnce() throws Exception {
        int rounds = FULL ? 5 : 2;
        try (ProofDatabase db = new ProofDatabase()) {
            for (int round = 0; round < rounds; round++) {
                Path go = Files.createTempFile("migrate-race", ".go");
                Files.delete(go);
                List<Child> children = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    children.add(Child.start(db, go));
                }
                for (Child child : children) {
                    child.await("READY", 1, Duration.ofSeconds(60));
                }
                Files.createFile(go);
                List<Integer> applied = new ArrayList<>();
                for (Child child : children) {
                    assertEquals(0, child.exit(Duration.ofSeconds(120)), child.lines().toString());
                    applied.add(Integer.parseInt(child.last().substring("APPLIED ".length())));
                    raced.incrementAndGet();
                }
                Files.delete(go);
                assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 4), applied.stream().sorted().toList());
                long waited = children.stream().filter(c -> c.lines().stream().anyMatch(l -> l.startsWith("Waiting for another"
                        + " migration of this database to finish (pid "))).count();
                assertTrue(waited >= 1, "no process reported waiting");
                check(db, "race round " + round);
                assertEquals(List.of(String.valueOf(4 * (round + 1))),
                        db.rows("SELECT count(*) FROM migrate_history WHERE direction = 'upgrade'"));
                migrator(db, new RecordingLog()).downgrade("base");
            }
        }
    }

    @Test
    void aProcessKilledAnywhereLeavesAConsistentDatabaseThatARerunCompletes() throws Exception {
        for (int point : points(FULL ? MARKERS.size() * DELAYS_MS.length : 4, 1)) {
            try (ProofDatabase db = new ProofDatabase()) {
                Child child = Child.start(db, null);
                child.await(MARKERS.get(point / DELAYS_MS.length), occurrence(point), Duration.ofSeconds(60));
                Thread.sleep(DELAYS_MS[point % DELAYS_MS.length]);
                if (child.kill()) {
                    kills.incrementAndGet();
                }
                db.awaitNoOtherSession();
                check(db, "kill at " + describe(point));
                rerun(db, "kill at " + describe(point));
            }
        }
        if (FULL) {
            assertTrue(kills.get() >= 25, "only " + kills.get() + " kill points struck a running upgrade");
        }
    }

    @Test
    void aSessionTerminatedByTheServerAnywhereLeavesAConsistentDatabase() throws Exception {
        for (int point : points(FULL ? MARKERS.size() * DELAYS_MS.length : 3, 2)) {
            try (ProofDatabase db = new ProofDatabase()) {
                RecordingLog log = new RecordingLog();
                CompletableFuture<?> run = CompletableFuture.runAsync(() -> migrator(db, log).upgrade("head"));
                log.await(l -> l.startsWith(MARKERS.get(point / DELAYS_MS.length)), occurrence(point));
                Thread.sleep(DELAYS_MS[point % DELAYS_MS.length]);
                if (!db.rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND application_name = 'migrate'").isEmpty()) {
                    terminations.incrementAndGet();
                }
                try {
                    run.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof MigrationFailedException, e.getCause().toString());
                    String message = e.getCause().getMessage();
                    assertTrue(message.startsWith("revision c7") || message.startsWith("the connection to PostgreSQL failed while revision c7"), message);
                    assertFalse(message.contains("cannot reach PostgreSQL"), message);
                }
                db.awaitNoOtherSession();
                check(db, "termination at " + describe(point));
                rerun(db, "termination at " + describe(point));
            }
        }
    }

    private void rerun(ProofDatabase db, String where) throws Exception {
        migrator(db, new RecordingLog()).upgrade("head");
        assertEquals(List.of(HEAD), db.rows("SELECT revision FROM migrate_version"), where);
        check(db, where + ", then rerun");
    }

    private void check(ProofDatabase db, String where) throws Exception {
        List<String> problems = consistency.problems(db);
        if (!problems.isEmpty()) {
            inconsistent.add(where + ": " + problems);
        }
        assertEquals(List.of(), problems, where);
    }

    /** Fault points drawn with the seed (all of them in the full run), in order. */
    private static List<Integer> points(int count, int stream) {
        int all = MARKERS.size() * DELAYS_MS.length;
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < all; i++) {
            points.add(i);
        }
        Collections.shuffle(points, new Random(SEED * 31 + stream));
        List<Integer> chosen = new ArrayList<>(points.subList(0, Math.min(count, all)));
        Collections.sort(chosen);
        return chosen;
    }

    /** Which occurrence of its marker a point waits for: "  done in" comes once per revision. */
    private static int occurrence(int point) {
        int marker = point / DELAYS_MS.length;
        return (int) MARKERS.subList(0, marker + 1).stream().filter(MARKERS.get(marker)::equals).count();
    }

    private static String describe(int point) {
        return "'" + MARKERS.get(point / DELAYS_MS.length).strip() + "' #" + occurrence(point) + " + "
                + DELAYS_MS[point % DELAYS_MS.length] + " ms";
    }

    private Migrator migrator(ProofDatabase db, RecordingLog log) {
        return new Migrator(db.settings(), revisions, log, Duration.ofSeconds(60));
    }

    /** A migration process in its own JVM, with its output. */
    private record Child(Process process, List<String> lines) {

        static Child start(ProofDatabase db, Path go) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    UpgradeProcess.class.getName(), db.url(), PostgresServer.USER, PostgresServer.PASSWORD, FIXTURE));
            if (go != null) {
                command.add(go.toString());
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // The process was killed.
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines);
        }

        void await(String prefix, int occurrence, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                synchronized (lines) {
                    if (lines.stream().filter(l -> l.startsWith(prefix)).count() >= occurrence) {
                        return;
                    }
                }
                if (!process.isAlive() && lines.stream().filter(l -> l.startsWith(prefix)).count() < occurrence) {
                    throw new AssertionError("the process ended before " + prefix + ": " + lines);
                }
                Thread.sleep(2);
            }
            throw new AssertionError("the process never printed " + prefix + ": " + lines);
        }

        /** SIGKILL; true when the process was still running. */
        boolean kill() throws InterruptedException {
            boolean alive = process.isAlive();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            return alive && process.exitValue() == 137;
        }

        int exit(Duration timeout) throws InterruptedException {
            assertTrue(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS), "the process did not end: " + lines);
            Thread.sleep(50);
            return process.exitValue();
        }

        String last() {
            synchronized (lines) {
                return lines.get(lines.size() - 1);
            }
        }
    }
}
