package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import dev.optionsdeep.migrate.it.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example application migrates itself at start-up, from its packaged jar, with plain {@code java}. */
class StartupMigrationIT {

    @TempDir
    Path temp;

    private ExampleProject project;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void thePackagedApplicationUpgradesBothDatabasesToHead() throws Exception {
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        mvn.run("migrate:revision", "-Dmessage=Initial schema").assertSuccess();
        mvn.run("package", "dependency:build-classpath", "-Dmdep.outputFile=target/classpath.txt", "-DskipTests").assertSuccess();

        String classpath = project.file("target/options-deep-1.0-SNAPSHOT.jar") + java.io.File.pathSeparator
                + Files.readString(project.file("target/classpath.txt")).strip();
        String urlTemplate = Postgres.url("{database}_" + project.database("x").substring(2));
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "com.optionsdeep.app.MigrateOnStartup", urlTemplate)
                .redirectErrorStream(true).start();
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, app.waitFor(), out);
        assertTrue(out.contains("Upgrading base -> "), out);

        for (String db : List.of("equities", "algorithms")) {
            assertEquals(1, project.rows(db, "SELECT revision FROM migrate_version").size(), db);
        }
        // The build indexed the revisions in the jar: started again, the application compares the applied revisions'
        // checksums with the index's, checked against the jar's own entries, and has nothing to do.
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(project.file("target/options-deep-1.0-SNAPSHOT.jar").toFile())) {
            assertTrue(jar.getJarEntry("db/migration/equities/migrate-revisions.index") != null);
        }
        Process again = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "com.optionsdeep.app.MigrateOnStartup", urlTemplate).redirectErrorStream(true).start();
        String second = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, again.waitFor(), second);
        assertTrue(!second.contains("Upgrading"), second);
        mvn.run("migrate:current").assertSuccess().assertPrinted("(head)");
        mvn.run("migrate:upgrade").assertSuccess()
                .assertPrinted("algorithms: nothing to upgrade").assertPrinted("equities: nothing to upgrade");
    }
}
