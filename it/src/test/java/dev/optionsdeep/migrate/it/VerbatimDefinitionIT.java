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
 * A {@code columnDefinition} Migrate cannot model compiles without a word and is created as written; when
 * the environment's database is at the head revision, {@code migrate:revision} lets PostgreSQL judge a new
 * one first and refuses, naming the attribute, the one PostgreSQL refuses. Real Maven builds, real PostgreSQL.
 */
class VerbatimDefinitionIT {

    private static final String COMPANY = "src/main/java/com/optionsdeep/equities/Company.java";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void cleanUp() throws Exception {
        project.close();
    }

    @Test
    void postgresqlJudgesTheDefinitionWhenTheRevisionIsGenerated() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        project.edit(COMPANY, "    private Instant updatedAt;\n", """
                    private Instant updatedAt;

                    @Column(columnDefinition = "text collate \\"C\\" not null")
                    private String code;
                """);
        mvn.run("migrate:revision", "-Dmessage=Create companies table", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: the columnDefinition of com.optionsdeep.equities.Company#code passed"
                        + " PostgreSQL's check");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("C"), project.rows("equities", "SELECT collation_name FROM information_schema.columns"
                + " WHERE table_name = 'companies' AND column_name = 'code'"));

        project.edit(COMPANY, "    private String code;\n", """
                    private String code;

                    @Column(columnDefinition = "numeric collate \\"C\\"")
                    private java.math.BigDecimal total;
                """);
        mvn.run("migrate:revision", "-Dmessage=Totals", "-Ddatabase=equities").assertFailure()
                .assertPrinted("equities: nothing written. PostgreSQL refuses what Migrate keeps as written:")
                .assertPrinted("com.optionsdeep.equities.Company#total: columnDefinition \"numeric collate \\\"C\\\"\""
                        + " failed on PostgreSQL: collations are not supported by type numeric");
        assertEquals(List.of(), project.filesContaining("message = \"Totals\""), "no revision was written");
    }
}
