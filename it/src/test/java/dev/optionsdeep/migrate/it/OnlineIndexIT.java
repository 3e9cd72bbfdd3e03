package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import dev.optionsdeep.migrate.it.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.optionsdeep.migrate.it.support.Postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An index added to a table that holds data, generated with {@code -Dconcurrently=true}: built outside the
 * revision's transaction; when a long transaction makes the build give up, current and history show the
 * half-applied revision and what the next upgrade does, and the next upgrade resumes it.
 */
class OnlineIndexIT {

    private static final String COMPANY = "src/main/java/com/optionsdeep/equities/Company.java";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void anIndexOnATableWithDataIsBuiltConcurrentlyAndAnInterruptedBuildIsShownAndResumed() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        // The option leaves the indexes of a table the revision creates in its transaction.
        String rev1 = mvn.run("migrate:revision", "migrate:upgrade", "-Dmessage=Initial schema", "-Ddatabase=equities",
                "-Dconcurrently=true").assertSuccess().find("equities: revision ([0-9a-f]{12}) written");
        assertFalse(source(rev1).contains("Concurrently"), source(rev1));
        project.execute("equities", "INSERT INTO companies (ticker, company_name, sector, is_active, created_at)"
                + " VALUES ('AAPL', 'Apple', 'Tech', true, now()), ('MSFT', 'Microsoft', 'Tech', true, now())");

        project.edit(COMPANY, "indexes = @Index(name = \"ix_companies_ticker\", columnList = \"ticker\", unique = true))",
                "indexes = {@Index(name = \"ix_companies_ticker\", columnList = \"ticker\", unique = true),\n"
                        + "        @Index(name = \"ix_companies_sector\", columnList = \"sector\")})");
        String rev2 = mvn.run("migrate:revision", "-Dmessage=Index sectors", "-Ddatabase=equities", "-Dconcurrently=true")
                .assertSuccess().find("equities: revision ([0-9a-f]{12}) written");
        String source = source(rev2);
        assertTrue(source.contains("ops.createIndexConcurrently(\"ix_companies_sector\", \"companies\", \"sector\");"), source);
        assertTrue(source.contains("ops.dropIndexConcurrently(\"ix_companies_sector\", \"companies\", \"sector\");"), source);

        // A long transaction holding the table makes the build give up: this environment's own lock_timeout
        // (1 s) and retries (none) apply.
        project.edit("pom.xml", "<name>local</name>", "<name>local</name>\n              <tableLockTimeout>1</tableLockTimeout>"
                + "\n              <lockRetries>0</lockRetries>");
        try (Connection blocker = DriverManager.getConnection(Postgres.url(project.database("equities")), Postgres.USER,
                Postgres.PASSWORD); Statement lock = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            lock.execute("LOCK TABLE companies IN SHARE MODE");
            mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure()
                    .assertPrinted("lock timeout")
                    .assertNotPrinted("gave up waiting for a table lock");
        }
        String interrupted = "equities: revision " + rev2 + " was interrupted during its upgrade from " + rev1 + " to " + rev2;
        String next = "its first 0 steps committed, step 1 (a step that runs outside a transaction) did not finish;"
                + " next: mvn migrate:upgrade resumes it at step 1";
        mvn.run("migrate:current", "migrate:history", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: behind head " + rev2 + " by 1 revision")
                .assertPrinted(interrupted)
                .assertPrinted(next)
                .assertPrinted(rev1 + " -> " + rev2 + " (head) (interrupted: 0 steps committed), Index sectors");
        Build json = mvn.run("-q", "migrate:current", "migrate:history", "-Ddatabase=equities", "-Dmigrate.format=json");
        List<String> documents = json.assertSuccess().lines().stream().filter(l -> l.startsWith("{\"goal\":")).toList();
        assertEquals(2, documents.size(), json.output());
        String entry = "\"interrupted\":{\"revision\":\"" + rev2 + "\",\"direction\":\"upgrade\",\"from\":\"" + rev1
                + "\",\"to\":\"" + rev2 + "\",\"stepsCommitted\":0,\"startedAt\":\"";
        documents.forEach(d -> assertTrue(d.contains(entry) && d.contains("\"next\":\"mvn migrate:upgrade resumes it at step 1\""), d));

        mvn.run("migrate:upgrade", "migrate:current", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("Resuming: revision " + rev2 + " was interrupted")
                .assertPrinted("equities: upgraded " + rev1 + " -> " + rev2)
                .assertNotPrinted(interrupted);
        assertEquals(List.of("t"), project.rows("equities",
                "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_companies_sector'::regclass"));

        mvn.run("migrate:downgrade", "-Dtarget=-1", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: downgraded " + rev2 + " -> " + rev1);
        assertEquals(List.of("f"), project.rows("equities", "SELECT to_regclass('ix_companies_sector') IS NOT NULL"));
    }

    private String source(String revision) throws Exception {
        try (var files = Files.walk(project.file("src/main/java/db/migration/equities"))) {
            Path file = files.filter(f -> f.toString().endsWith(".java")).filter(f -> read(f).contains("\"" + revision + "\""))
                    .findFirst().orElseThrow();
            return read(file);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
