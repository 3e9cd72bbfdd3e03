package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Adopting Migrate never breaks {@code mvn compile}: an entity it cannot map is a warning, the goals
 * that compare the model refuse it with the list and the ways out, strict mode makes it an error, and
 * once the entity is excluded with {@code @Unmanaged} revision and upgrade work.
 */
class IncompleteModelIT {

    private static final String QUOTE = "src/main/java/com/optionsdeep/equities/Quote.java";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void anUnmappableEntityWarnsTheGoalsRefuseItStrictFailsAndExcludingItUnblocks() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        // Hibernate maps no entity without an id either; what matters here is that Migrate cannot.
        project.write(QUOTE, """
                package com.optionsdeep.equities;

                import jakarta.persistence.Entity;

                @Entity
                public class Quote {
                    private String symbol;
                }
                """);

        mvn.run("compile").assertSuccess()
                .assertPrinted("[WARNING] " + project.file(QUOTE) + ":[5,1] [MIGRATE-102] @Entity Quote has no @Id attribute");
        mvn.run("migrate:revision", "-Dmessage=Create tables", "-Ddatabase=equities").assertFailure()
                .assertPrinted("migrate:revision refuses database equities: its model is incomplete")
                .assertPrinted("  - MIGRATE-102 at com.optionsdeep.equities.Quote: @Entity Quote has no @Id attribute")
                .assertPrinted("@dev.optionsdeep.migrate.Unmanaged on the entity class or on the attribute")
                .assertPrinted("-Amigrate.exclude=com.acme.Legacy,com.acme.Order#notes,audit_log");
        mvn.run("migrate:check", "-Ddatabase=equities").assertFailure()
                .assertPrinted("migrate:check refuses database equities: its model is incomplete")
                .assertPrinted("  - MIGRATE-102 at com.optionsdeep.equities.Quote");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure()
                .assertPrinted("migrate:upgrade refuses database equities: its model is incomplete")
                .assertPrinted("To apply the revisions anyway: -Dmigrate.allowIncompleteModel=true");
        // A hand-written revision (how an excluded table gets created) is allowed, and so is applying it on request.
        mvn.run("migrate:revision", "-Dmessage=Quotes by hand", "-Dautogenerate=false", "-Ddatabase=equities")
                .assertSuccess();
        mvn.run("migrate:upgrade", "-Ddatabase=equities", "-Dmigrate.allowIncompleteModel=true").assertSuccess()
                .assertPrinted("[WARNING] migrate:upgrade proceeds (-Dmigrate.allowIncompleteModel=true) with database"
                        + " equities: its model is incomplete");
        mvn.run("clean", "compile", "-Dmigrate.strict=true").assertFailure()
                .assertPrinted("[ERROR] " + project.file(QUOTE) + ":[5,1] [MIGRATE-102] @Entity Quote has no @Id attribute");

        project.edit(QUOTE, "@Entity\n", "@Entity\n@dev.optionsdeep.migrate.Unmanaged(\"a view the feed writes\")\n");
        mvn.run("clean", "compile").assertSuccess().assertNotPrinted("[MIGRATE-1");
        mvn.run("migrate:revision", "-Dmessage=Create tables", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: detected");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        mvn.run("migrate:check", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("companies"), project.rows("equities", "SELECT tablename FROM pg_tables"
                + " WHERE schemaname = 'public' AND tablename NOT LIKE 'migrate%' ORDER BY 1"));
    }

    /** For classes the user cannot annotate: the same, named in the compiler arguments. */
    @Test
    void anEntityExcludedInTheCompilerArgumentsIsLeftOutOfTheRevision() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        project.write(QUOTE, """
                package com.optionsdeep.equities;

                @jakarta.persistence.Entity
                public class Quote {
                    private String symbol;
                }
                """);
        project.edit("pom.xml", "<arg>-Amigrate.strict=${migrate.strict}</arg>",
                "<arg>-Amigrate.strict=${migrate.strict}</arg>\n            <arg>-Amigrate.exclude=com.optionsdeep.equities.Quote</arg>");

        mvn.run("compile").assertSuccess().assertNotPrinted("[MIGRATE-1").assertNotPrinted("[MIGRATE-204]");
        mvn.run("migrate:revision", "-Dmessage=Create tables", "-Ddatabase=equities").assertSuccess();
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("companies"), project.rows("equities", "SELECT tablename FROM pg_tables"
                + " WHERE schemaname = 'public' AND tablename NOT LIKE 'migrate%' ORDER BY 1"));
    }
}
