package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An enum column carries the check Hibernate adds for it; adding a constant to the enum makes the
 * next revision drop that check and add it again with the new value, and its downgrade restores the
 * old check. Real Maven builds, real PostgreSQL.
 */
class EnumConstantIT {

    private static final String COMPANY = "src/main/java/com/optionsdeep/equities/Company.java";
    private static final String LISTING = "src/main/java/com/optionsdeep/equities/Listing.java";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void cleanUp() throws Exception {
        project.close();
    }

    @Test
    void addingAConstantReplacesTheCheckAndTheDowngradeRestoresIt() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        project.write(LISTING, """
                package com.optionsdeep.equities;

                public enum Listing { PRIMARY, SECONDARY }
                """);
        project.edit(COMPANY, "    private Instant updatedAt;\n", """
                    private Instant updatedAt;

                    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
                    @Column(length = 12)
                    private Listing listing;
                """);
        mvn.run("migrate:revision", "-Dmessage=Create companies table").assertSuccess();
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("companies_listing_check|CHECK (((listing)::text = ANY ((ARRAY['PRIMARY'::character"
                        + " varying, 'SECONDARY'::character varying])::text[])))"),
                project.rows("equities", "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c'"
                        + " AND conrelid = 'companies'::regclass"));

        project.write(LISTING, """
                package com.optionsdeep.equities;

                public enum Listing { PRIMARY, SECONDARY, OTC }
                """);
        mvn.run("migrate:revision", "-Dmessage=Companies listed over the counter").assertSuccess()
                .assertPrinted("equities: detected 2 changes")
                .assertPrinted("drop check constraint companies_listing_check on companies listing in"
                        + " ('PRIMARY','SECONDARY')")
                .assertPrinted("add check constraint companies_listing_check on companies listing in"
                        + " ('PRIMARY','SECONDARY','OTC')");
        mvn.run("migrate:revision", "-Dmessage=Nothing").assertSuccess()
                .assertPrinted("equities: no changes detected");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        insert("OTC");

        execute("DELETE FROM companies");
        mvn.run("migrate:downgrade", "-Dtarget=-1", "-Ddatabase=equities").assertSuccess();
        SQLException refused = assertThrows(SQLException.class, () -> insert("OTC"));
        assertTrue(refused.getMessage().contains("companies_listing_check"), refused.getMessage());
        insert("SECONDARY");
    }

    private void insert(String listing) throws SQLException {
        execute("INSERT INTO companies (ticker, company_name, is_active, created_at, listing)"
                + " VALUES ('T', 'Test', true, now(), '" + listing + "')");
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                dev.optionsdeep.migrate.it.support.Postgres.url(project.database("equities")),
                dev.optionsdeep.migrate.it.support.Postgres.USER, dev.optionsdeep.migrate.it.support.Postgres.PASSWORD);
             java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
