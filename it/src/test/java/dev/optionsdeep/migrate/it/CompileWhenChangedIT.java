package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Goals compile the project only when something the compile reads has changed since they last
 * compiled it (issue 12, item 8): unchanged, they read the classes as they are; a changed entity or
 * revision source is compiled and seen, also with {@code -f} from elsewhere and after {@code mvn clean}.
 */
class CompileWhenChangedIT {

    private static final String COMPILER = "maven-compiler-plugin:";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void goalsCompileOnlyWhatChangedAndSeeIt() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        // Offline, as online a SNAPSHOT dependency (migrate-runtime here) is resolved again on every run.
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres")
                .offline();
        String rev1 = mvn.run("migrate:revision", "-Dmessage=Create companies table", "-Ddatabase=equities",
                        "migrate:upgrade").assertSuccess()
                .assertPrinted(COMPILER)
                .find("equities: revision ([0-9a-f]{12}) written");

        // The goals resolve the compile class path themselves and keep it with what it depends on.
        Path kept = project.file("target/migrate/compile-classpath");
        assertTrue(Files.readString(kept).contains("migrate-runtime"), () -> kept + " lists the dependencies");
        FileTime resolved = Files.getLastModifiedTime(kept);

        // Nothing changed: no compile, the kept class path (not resolved again), and the right answer from the
        // classes as they are.
        mvn.run("migrate:current", "migrate:heads", "migrate:upgrade", "-Ddatabase=equities").assertSuccess()
                .assertNotPrinted(COMPILER)
                .assertPrinted("equities: " + rev1 + " (head)");
        assertEquals(resolved, Files.getLastModifiedTime(kept), "the kept class path is reused, not resolved again");

        // A changed entity is compiled, and upgrade reports the change no revision captures.
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.stockSymbolType(20));
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess()
                .assertPrinted(COMPILER)
                .assertPrinted("[WARNING]   add column companies.stock_symbol_type character varying(20) null");

        // A revision's source edited by hand is compiled before history reads it, also through -f.
        Path source;
        try (var files = Files.list(project.file("src/main/java/db/migration/equities"))) {
            source = files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
        Files.writeString(source, Files.readString(source).replace("Create companies table", "Companies, by hand"));
        mvn.runFrom(temp, project.file("pom.xml"), "migrate:history", "-Ddatabase=equities").assertSuccess()
                .assertPrinted(COMPILER)
                .assertPrinted(rev1 + " (head) (current), Companies, by hand");

        // A dependency added to the POM: resolved again, compiled, and on the class path the goals load from.
        assertFalse(Files.readString(kept).contains("checker-qual"));
        project.edit("pom.xml", "  </dependencies>", """
                    <dependency>
                      <groupId>org.checkerframework</groupId>
                      <artifactId>checker-qual</artifactId>
                      <version>3.55.1</version>
                    </dependency>
                  </dependencies>""");
        mvn.run("migrate:heads", "-Ddatabase=equities").assertSuccess()
                .assertPrinted(COMPILER)
                .assertPrinted(rev1);
        assertTrue(Files.readString(kept).contains("checker-qual-3.55.1.jar"), () -> kept + " has the new dependency");

        // After mvn clean, the next goal compiles again.
        mvn.run("clean", "migrate:heads", "-Ddatabase=equities").assertSuccess()
                .assertPrinted(COMPILER)
                .assertPrinted(rev1);
    }
}
