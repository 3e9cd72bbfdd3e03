package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The forgotten migration, caught by {@code mvn compile}: an entity change warns, strict mode fails
 * the build, and {@code migrate:revision} makes both quiet again. No database is involved.
 */
class CompileTimeDetectionIT {

    private static final String COMPANY = "src/main/java/com/optionsdeep/equities/Company.java";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void cleanUp() throws Exception {
        project.close();
    }

    @Test
    void anUncapturedEntityChangeWarnsFailsInStrictModeAndARevisionQuietsIt() throws Exception {
        project = ExampleProject.copy("options-deep", temp);
        Maven mvn = new Maven(project.directory());

        mvn.run("compile").assertSuccess()
                .assertPrinted("package-info.java:[3,1] [MIGRATE-301] database equities has no revision yet, so nothing"
                        + " creates its 1 table. Create the first revision: mvn migrate:revision -Dmessage=\"Create tables\""
                        + " -Ddatabase=equities");
        mvn.run("migrate:revision", "-Dmessage=Initial schema").assertSuccess();
        mvn.run("compile").assertSuccess().assertNotPrinted("[MIGRATE-3");

        project.edit(COMPANY, "    private Instant updatedAt;\n",
                "    private Instant updatedAt;\n\n    @Column(name = \"stock_symbol_type\", length = 20)\n    private String stockSymbolType;\n");
        mvn.run("compile").assertSuccess()
                .assertPrinted("Company.java:[14,1] [MIGRATE-301] Company (table companies) differs from head revision ")
                .assertPrinted("- add column companies.stock_symbol_type character varying(20) null")
                .assertPrinted("Capture it: mvn migrate:revision -Dmessage=\"…\" -Ddatabase=equities");
        mvn.run("clean", "compile", "-Dmigrate.strict=true").assertFailure()
                .assertPrinted("[ERROR] " + project.file(COMPANY) + ":[14,1] [MIGRATE-301] Company (table companies) differs");

        mvn.run("migrate:revision", "-Dmessage=Add stock_symbol_type to companies").assertSuccess()
                .assertPrinted("equities: detected 1 change");
        mvn.run("clean", "compile", "-Dmigrate.strict=true").assertSuccess().assertNotPrinted("[MIGRATE-3");
    }
}
