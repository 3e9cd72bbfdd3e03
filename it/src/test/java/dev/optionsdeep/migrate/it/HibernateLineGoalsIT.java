package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -Amigrate.hibernate} in the pom's compiler arguments, where the goals take it too: a revision made for
 * Hibernate 6.6 records the line and has 6.6's schema; moving the build to 7.4 (the default for a project without
 * hibernate-core on its compile class path) shows as the next revision, which adds what 7.4 adds. The plugin's
 * {@code <hibernate>} does the same through the goals' compile, and refuses classes compiled for another line.
 */
class HibernateLineGoalsIT {

    private static final String LISTING = "src/main/java/com/optionsdeep/equities/Listing.java";
    private static final String LINE_66 = "<arg>-Amigrate.strict=${migrate.strict}</arg>\n            <arg>-Amigrate.hibernate=6.6</arg>";

    private static final String PLUGIN_CONFIGURATION = "<configuration>\n          <environments>";
    private static final String MODEL = "target/classes/META-INF/migrate/equities.schema.json";

    @TempDir
    Path temp;
    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void theCompilerArgumentChoosesTheLineAndAChangeOfLineIsTheNextRevision() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        project.write(LISTING, """
                package com.optionsdeep.equities;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                public class Listing {
                    @Id private Long id;
                    @ElementCollection private Set<String> exchanges;
                }
                """);
        project.edit("pom.xml", "<arg>-Amigrate.strict=${migrate.strict}</arg>", LINE_66);

        mvn.run("migrate:revision", "-Dmessage=Listings", "-Ddatabase=equities").assertSuccess();
        List<Path> first = project.filesContaining("\"hibernate\": \"6.6\"");
        assertTrue(first.stream().anyMatch(p -> p.toString().contains("src")), "the revision's snapshot records 6.6: " + first);
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of(), uniques());

        project.edit("pom.xml", LINE_66, "<arg>-Amigrate.strict=${migrate.strict}</arg>");
        // clean: javac runs only when a source changed, not when its arguments did (as for -Amigrate.strict).
        mvn.run("clean", "migrate:revision", "-Dmessage=Hibernate 7.4", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("Migrate maps the entities as Hibernate 7.4 does (no hibernate-core on the compile class"
                        + " path: the newest line)");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("listing_exchanges_listing_id_exchanges_key"), uniques());
        assertFalse(project.read("target/classes/META-INF/migrate/equities.schema.json").contains("\"hibernate\""));
    }

    @Test
    void thePluginsLineIsPassedToItsCompileAndClassesCompiledForAnotherLineAreRefused() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        project.write(LISTING, """
                package com.optionsdeep.equities;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                public class Listing {
                    @Id private Long id;
                    @ElementCollection private Set<String> exchanges;
                }
                """);
        project.edit("pom.xml", PLUGIN_CONFIGURATION, PLUGIN_CONFIGURATION.replace("<configuration>",
                "<configuration>\n          <hibernate>6.6</hibernate>"));

        mvn.run("migrate:revision", "-Dmessage=Listings", "-Ddatabase=equities").assertSuccess();
        assertTrue(project.read(MODEL).contains("\"hibernate\": \"6.6\""), "the goal's compile maps as 6.6");
        assertTrue(project.filesContaining("\"hibernate\": \"6.6\"").stream().anyMatch(p -> p.toString().contains("src")),
                "the revision's snapshot records 6.6");

        // As an IDE would: compiled without the plugin's line, so for 7.4 here.
        mvn.run("clean", "compile").assertSuccess();
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure()
                .assertPrinted("was made for Hibernate 7.4, and <hibernate> in pom.xml says Hibernate 6.6")
                .assertPrinted("mvn clean migrate:upgrade");
        mvn.run("clean", "migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of(), uniques(), "6.6's rules: no unique constraint on the set");

        mvn.run("migrate:heads", "-Dmigrate.hibernate=7.4").assertFailure()
                .assertPrinted("was made for Hibernate 6.6, and -Dmigrate.hibernate says Hibernate 7.4");

        project.edit("pom.xml", "<arg>-Amigrate.strict=${migrate.strict}</arg>",
                "<arg>-Amigrate.strict=${migrate.strict}</arg>\n            <arg>-Amigrate.hibernate=7.2</arg>");
        mvn.run("migrate:heads").assertFailure().assertPrinted("the maven-compiler-plugin's -Amigrate.hibernate=7.2 and"
                + " <hibernate> in pom.xml (6.6) name different Hibernate lines");
    }

    /** The unique constraints of the set's collection table. */
    private List<String> uniques() throws Exception {
        return project.rows("equities", "SELECT conname FROM pg_constraint WHERE contype = 'u'"
                + " AND conrelid = 'listing_exchanges'::regclass ORDER BY 1");
    }
}
