package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The part of the bad-input catalogue only a real Maven build shows: under {@code mvn -X}, which
 * prints the plugin's configuration, every exception with its causes and stack traces, a bad target
 * given after the password was read from {@code .env} and used to connect still prints its message,
 * and the password nowhere.
 */
class MavenBadInputIT {

    private static final String PASSWORD = "pw-in-dotenv-never-printed-5d1e";

    @TempDir
    Path temp;

    @Test
    void aBadTargetUnderDebugOutputSaysWhatToDoAndNeverShowsThePassword() throws Exception {
        try (ExampleProject project = ExampleProject.copy("options-deep", temp, "equities")) {
            project.write(".env", "OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=" + PASSWORD + "\n");

            Build build = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "")
                    .run("-X", "migrate:upgrade", "-Ddatabase=equities", "-Dtarget=+x").assertFailure();

            build.assertPrinted("database equities, environment local: '+x' is not a target. Give head, heads, base, a"
                    + " revision id or a unique prefix of one, +N or -N (N a number of revisions), head~N, <revision>+N or"
                    + " <branch>@head; migrate:history lists the revisions.");
            build.assertNotPrinted(PASSWORD);
            assertEquals(List.of(), project.filesContaining(PASSWORD).stream()
                    .filter(f -> !f.getFileName().toString().equals(".env")).toList());
            assertEquals(List.of(), project.rows("equities", "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        }
    }
}
