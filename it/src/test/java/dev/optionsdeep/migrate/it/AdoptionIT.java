package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.parity.HibernateBoot;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import dev.optionsdeep.migrate.it.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting Migrate never breaks a typical real build (issue 14): entities written with Lombok, next to MapStruct
 * and Hibernate's metamodel generator, in either order or found on the class path, with warnings failing the
 * build; and a multi-module project whose modules without entities inherit the processor and its options.
 */
class AdoptionIT {

    private static final String SHOP = "target/classes/META-INF/migrate/shop.schema.json";
    private static final String PLAIN = "target/classes/META-INF/migrate/plain.schema.json";
    private static final String PATHS_START = "<annotationProcessorPaths>";
    private static final String PATHS_END = "</annotationProcessorPaths>";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void lombokMapStructAndTheMetamodelGeneratorWithWerrorGiveTheSnapshotOfTheSameEntitiesWithoutLombok() throws Exception {
        project = ExampleProject.copyTestProject("lombok-shop", temp, "shop");
        for (String version : List.of("lombok.version", "mapstruct.version", "hibernate.version")) {
            project.edit("pom.xml", "@" + version + "@", System.getProperty(version));
        }
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");

        // -Werror counts a processor's warnings: Migrate's say what it cannot map (AuditEntry has no id) and
        // that no revision exists yet, so by default they fail this build...
        mvn.run("compile", "-Dmigrate.warnings=warning").assertFailure()
                .assertPrinted("[MIGRATE-102] @Entity AuditEntry has no @Id attribute")
                .assertPrinted("warnings found and -Werror specified");
        // ...and as notes (-Amigrate.warnings=note) they do not; the model stays incomplete for the goals.
        mvn.run("clean", "compile").assertSuccess()
                .assertPrinted("[INFO] " + project.file("src/main/java/com/acme/legacy/AuditEntry.java")
                        + ":[6,1] [MIGRATE-102] @Entity AuditEntry has no @Id attribute")
                .assertNotPrinted("[WARNING]");
        assertTrue(project.read("target/generated-sources/annotations/com/acme/shop/CustomerMapperImpl.java")
                .contains("customer.getName()"), "MapStruct saw Lombok's getters");
        String plain = project.read(PLAIN);
        assertEquals(plain, project.read(SHOP).replace("\"shop\"", "\"plain\""));
        assertTrue(plain.contains("\"customers_tier_check\"") && plain.contains("\"purchaseorder_tags\""), plain);

        // Migrate first, Lombok after Hibernate's generator: the same snapshot.
        String paths = project.read("pom.xml");
        String[] path = paths.substring(paths.indexOf(PATHS_START) + PATHS_START.length(), paths.indexOf(PATHS_END))
                .strip().split("\n\\s*");
        assertEquals(4, path.length, String.join("\n", path));
        project.edit("pom.xml", paths.substring(paths.indexOf(PATHS_START), paths.indexOf(PATHS_END)),
                PATHS_START + path[3] + path[2] + path[0] + path[1]);
        mvn.run("clean", "compile").assertSuccess().assertNotPrinted("[WARNING]");
        assertEquals(plain, project.read(PLAIN));
        assertEquals(plain, project.read(SHOP).replace("\"shop\"", "\"plain\""));

        // No annotationProcessorPaths: javac finds every processor on the class path. (hibernate-processor brings
        // hibernate-core there, whose jars give javac a warning of its own with or without Migrate: no -Werror.)
        String reordered = project.read("pom.xml");
        project.edit("pom.xml", reordered.substring(reordered.indexOf(PATHS_START), reordered.indexOf(PATHS_END)
                + PATHS_END.length()), "");
        project.edit("pom.xml", "<failOnWarning>true</failOnWarning>", "");
        project.edit("pom.xml", "<!--processors on the class path-->", String.join("\n",
                provided("org.mapstruct", "mapstruct-processor", "${mapstruct.version}"),
                provided("org.hibernate.orm", "hibernate-processor", "${hibernate.version}"),
                provided("dev.optionsdeep.migrate", "migrate-annotation-processor", "${migrate.version}")));
        mvn.run("clean", "compile").assertSuccess().assertNotPrinted("[WARNING] [MIGRATE");
        assertEquals(plain, project.read(PLAIN));
        assertEquals(plain, project.read(SHOP).replace("\"shop\"", "\"plain\""));

        mvn.run("migrate:revision", "-Dmessage=Create shop tables", "migrate:upgrade", "-Ddatabase=shop").assertSuccess()
                .assertPrinted("shop: detected");
        assertEquals(List.of("customers", "purchaseorder", "purchaseorder_tags"), project.rows("shop", "SELECT tablename"
                + " FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'migrate%' ORDER BY 1"));
        assertNull(validate(project.database("shop"), "com.acme.shop.Customer", "com.acme.shop.PurchaseOrder"));
    }

    @Test
    void aModuleWithoutEntitiesCompilesWithTheProcessorAndTheGoalsRunInTheModuleWithThem() throws Exception {
        project = ExampleProject.copyTestProject("multi-module", temp, "catalog");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");

        mvn.run("-pl", "domain", "migrate:revision", "-Dmessage=Create products", "migrate:upgrade").assertSuccess()
                .assertPrinted("catalog: detected");
        assertEquals(1, project.list("domain/src/main/java/db/migration/catalog").size());
        // Over the whole reactor: app (no annotation at all, -Amigrate.strict inherited) compiles without javac's
        // "options were not recognized by any processor", which -Werror would count; the goal skips the parent and
        // app, saying so, and checks the domain.
        mvn.run("compile", "migrate:check", "-Dmigrate.strict=true").assertSuccess()
                .assertNotPrinted("[WARNING]")
                .assertPrinted("Skipping catalog-parent: it is a module of packaging pom")
                .assertPrinted("Skipping app: it compiles no @Entity classes");
        assertEquals(List.of("product"), project.rows("catalog", "SELECT tablename FROM pg_tables"
                + " WHERE schemaname = 'public' AND tablename NOT LIKE 'migrate%' ORDER BY 1"));
    }

    private static String provided(String groupId, String artifactId, String version) {
        return "<dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>" + version
                + "</version><scope>provided</scope></dependency>";
    }

    /** Hibernate's own validation of the compiled entities against the upgraded database: null when it passes. */
    private String validate(String database, String... entities) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader classes = new URLClassLoader(new URL[] {project.file("target/classes").toUri().toURL()},
                getClass().getClassLoader())) {
            thread.setContextClassLoader(classes);
            return HibernateBoot.start(Postgres.url(database), Postgres.USER, Postgres.PASSWORD, "validate",
                    List.of(entities), Map.of());
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
