package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failures of merge, stamp, history ranges and check, each saying what to do. */
class GoalFailuresIT {

    private static final String HEAD = "src/main/resources/db/migration/equities/HEAD";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void eachGoalSaysWhatItNeeds() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");

        mvn.run("migrate:merge", "-Ddatabase=equities").assertFailure()
                .assertPrinted("a merge revision needs a message: mvn migrate:merge -Dmessage=\"Merge heads\"");
        mvn.run("migrate:stamp", "-Ddatabase=equities").assertFailure()
                .assertPrinted("stamp needs the revision to record: -Dtarget=head (the database already has the latest schema),"
                        + " -Dtarget=<revision id or prefix>, or -Dtarget=base");

        // check needs no database, and finds the revision that was never written.
        mvn.run("migrate:check").assertFailure()
                .assertPrinted("migrate:check found work to do before this build can be deployed:");

        // Two revision goals started at once in one checkout (both compile, both read the head): one writes
        // the revisions, the other waits for it, then stops or finds nothing left to capture, never a fork.
        CompletableFuture<Build> other = CompletableFuture.supplyAsync(() -> mvn.run("migrate:revision", "-Dmessage=Initial schema"));
        List<Build> both = List.of(mvn.run("migrate:revision", "-Dmessage=Initial schema"), other.get(10, TimeUnit.MINUTES));
        List<Build> writers = both.stream().filter(b -> b.exitCode() == 0 && b.output().contains("equities: revision ")).toList();
        assertEquals(1, writers.size(), both.get(0).output() + both.get(1).output());
        Build second = both.get(writers.get(0) == both.get(0) ? 1 : 0);
        assertTrue(second.output().contains("was written while this build ran (by another migrate:revision or migrate:merge in"
                + " this checkout)") || second.output().contains("equities: no changes detected"), second.output());
        String rev = writers.get(0).find("equities: revision ([0-9a-f]{12}) written");
        assertEquals(1, project.filesContaining("@Revision(").stream().filter(f -> f.toString().contains("equities")).count());
        mvn.run("migrate:history", "-Ddatabase=equities", "-Drange=" + rev).assertFailure()
                .assertPrinted("-Drange=" + rev + " is not a range: write from:to, for example -Drange=ae1027:head");
        mvn.run("migrate:check").assertSuccess();
        // -Drevision sets Maven's CI-friendly ${revision}: show does not read it, and says what to write.
        mvn.run("migrate:show", "-Drevision=head").assertFailure()
                .assertPrinted("show needs the revision to show: -Drev=<revision id or prefix>, or -Drev=head"
                        + " (mvn migrate:history lists them)")
                .assertPrinted("-Drevision is Maven's ${revision} (the project version of CI-friendly POMs), so Migrate"
                        + " does not read it: write -Drev=… or -Dmigrate.revision=…");
        mvn.run("migrate:show", "-Drev=fedcba987654").assertFailure()
                .assertPrinted("no database has revision 'fedcba987654'");

        // A HEAD record resolved by hand to the wrong revision is caught before deployment.
        String record = Files.readString(project.file(HEAD));
        Files.writeString(project.file(HEAD), record.replace(rev, "0123456789ab"));
        mvn.run("migrate:check").assertFailure()
                .assertPrinted("does not name the head revision " + rev);
    }

    @Test
    void stampInAProtectedEnvironmentNeedsConfirmation() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        project.edit("pom.xml", "<name>local</name>", "<name>local</name>\n              <protected>true</protected>");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        mvn.run("migrate:revision", "-Dmessage=Initial schema", "-Ddatabase=equities").assertSuccess();

        mvn.run("migrate:stamp", "-Dtarget=head", "-Ddatabase=equities").assertFailure()
                .assertPrinted("environment 'local' is protected, and stamp rewrites the version table without running migrations")
                .assertPrinted("Run again with -Dconfirm=local to go ahead.");
        assertEquals(List.of("f"), project.rows("equities", "SELECT to_regclass('migrate_version') IS NOT NULL"));
        mvn.run("migrate:stamp", "-Dtarget=head", "-Ddatabase=equities", "-Dconfirm=local").assertSuccess();
        assertEquals(1, project.rows("equities", "SELECT revision FROM migrate_version").size());
    }
}
