package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        String rev1 = mvn.run("migrate:revision", "-Dmessage=Create companies table", "-Ddatabase=equities",
                        "migrate:upgrade").assertSuccess()
                .assertPrinted(COMPILER)
                .find("equities: revision ([0-9a-f]{12}) written");

        // Nothing changed: no compile, and the right answer from the classes as they are.
        mvn.run("migrate:current", "migrate:heads", "migrate:upgrade", "-Ddatabase=equities").assertSuccess()
                .assertNotPrinted(COMPILER)
                .assertPrinted("equities: " + rev1 + " (head)");

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

        // After mvn clean, the next goal compiles again.
        mvn.run("clean", "migrate:heads", "-Ddatabase=equities").assertSuccess()
                .assertPrinted(COMPILER)
                .assertPrinted(rev1);
    }
}
