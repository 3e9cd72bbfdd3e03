package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import dev.optionsdeep.migrate.it.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's two databases and three environments: each database alone and both together, where
 * the environment comes from, where the password comes from (and that it never shows), protected
 * environments, and runs from outside the project.
 */
class EnvironmentsIT {

    private static final String LOCAL_CREDENTIALS = "<username>postgres</username>\n"
            + "              <passwordEnv>OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD</passwordEnv>";

    @TempDir
    Path temp;

    private ExampleProject project;
    private final List<Build> builds = new ArrayList<>();

    @AfterEach
    void dropDatabases() throws Exception {
        if (project != null) {
            project.close();
        }
    }

    @Test
    void twoDatabasesMoveIndependentlyAndTogether() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");

        Build revision = mvn.run("migrate:revision", "-Dmessage=Initial schema").assertSuccess()
                .assertPrinted("algorithms: detected 1 change")
                .assertPrinted("    create table strategies")
                .assertPrinted("equities: detected 1 change");
        String algorithms = revision.find("algorithms: revision ([0-9a-f]{12}) written to src/main/java/db/migration/algorithms/");
        String equities = revision.find("equities: revision ([0-9a-f]{12}) written to src/main/java/db/migration/equities/");

        mvn.run("migrate:upgrade", "-Ddatabase=algorithms").assertSuccess()
                .assertPrinted("database algorithms: jdbc:postgresql://")
                .assertNotPrinted("database equities");
        assertEquals(List.of(algorithms), project.rows("algorithms", "SELECT revision FROM migrate_version"));
        assertEquals(List.of("f"), project.rows("equities", "SELECT to_regclass('migrate_version') IS NOT NULL"));

        mvn.run("migrate:upgrade").assertSuccess()
                .assertPrinted("algorithms: nothing to upgrade")
                .assertPrinted("equities: upgraded base -> " + equities + " (1 revision, ");
        assertEquals(List.of("strategies_name_key|UNIQUE (name)", "strategies_pkey|PRIMARY KEY (id)"),
                project.rows("algorithms", "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'strategies'::regclass ORDER BY 1"));

        mvn.run("migrate:downgrade", "-Dtarget=base", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of(), project.rows("equities", "SELECT revision FROM migrate_version"));
        assertEquals(List.of(algorithms), project.rows("algorithms", "SELECT revision FROM migrate_version"));

        mvn.run("migrate:downgrade", "-Dtarget=base").assertSuccess()
                .assertPrinted("algorithms: downgraded " + algorithms + " -> base (1 revision, ")
                .assertPrinted("equities: nothing to downgrade");
        assertEquals(List.of(), project.rows("algorithms", "SELECT revision FROM migrate_version"));
    }

    @Test
    void theEnvironmentComesFromDenvThenTheVariableThenDotEnvThenLocal() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        // Point dev and prod at the test's databases too, so that every run connects.
        String local = Postgres.url("{database}_" + project.database("x").substring(2));
        project.edit("pom.xml", "jdbc:postgresql://warehouse-dev:5432/{database}", local);
        project.edit("pom.xml", "jdbc:postgresql://warehouse:5432/{database}", local);
        String pom = project.read("pom.xml").replace("<username>options_deep</username>", "<username>postgres</username>");
        project.write("pom.xml", pom);
        project.write(".env", "ENVIRONMENT=dev\nOPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=postgres\n");

        Maven withVariable = new Maven(project.directory()).withEnvironment("ENVIRONMENT", "prod");
        withVariable.run("migrate:current", "-Denv=local").assertSuccess()
                .assertPrinted("Environment local (from -Denv), database equities: ");
        withVariable.run("migrate:current").assertSuccess()
                .assertPrinted("Environment prod (from the ENVIRONMENT variable), database equities: ");
        Maven withoutVariable = new Maven(project.directory());
        withoutVariable.run("migrate:current").assertSuccess()
                .assertPrinted("Environment dev (from .env), database equities: ")
                .assertPrinted("equities: base");
        Files.delete(project.file(".env"));
        withoutVariable.withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres").run("migrate:current").assertSuccess()
                .assertPrinted("Environment local (from the default), database equities: ");
    }

    @Test
    void dotEnvSuppliesThePasswordAndNothingPrintsIt() throws Exception {
        project = ExampleProject.copyOwnedBy(Postgres.PASSWORD_ROLE, "options-deep", temp, "equities", "algorithms");
        project.edit("pom.xml", LOCAL_CREDENTIALS, "<username>" + Postgres.PASSWORD_ROLE + "</username>\n"
                + "              <passwordEnv>OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD</passwordEnv>");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "");

        project.write(".env", "OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=wrong-" + Postgres.PASSWORD_ROLE_PASSWORD + "\n");
        record(mvn.run("migrate:revision", "-Dmessage=Initial schema").assertSuccess());
        record(mvn.run("migrate:upgrade").assertFailure()
                .assertPrinted("authentication failed for user \"" + Postgres.PASSWORD_ROLE + "\" on 127.0.0.1:5432"));

        project.write(".env", "OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=" + Postgres.PASSWORD_ROLE_PASSWORD + "\n");
        record(mvn.run("migrate:upgrade").assertSuccess().assertPrinted("equities: upgraded base -> "));
        assertEquals(List.of(Postgres.PASSWORD_ROLE + "|1"),
                project.rows("equities", "SELECT string_agg(DISTINCT applied_by, ','), count(*) FROM migrate_history"));

        assertNeverShown(Postgres.PASSWORD_ROLE_PASSWORD, ".env");
    }

    @Test
    void settingsXmlServerWithAnEncryptedPassword() throws Exception {
        project = ExampleProject.copyOwnedBy(Postgres.PASSWORD_ROLE, "options-deep", temp, "equities", "algorithms");
        Path security = temp.resolve("settings-security.xml");
        String master = encrypt("--encrypt-master-password", "master-of-" + Postgres.PASSWORD_ROLE, null);
        Files.writeString(security, "<settingsSecurity><master>" + master + "</master></settingsSecurity>\n");
        String encrypted = encrypt("--encrypt-password", Postgres.PASSWORD_ROLE_PASSWORD, security);
        assertTrue(!encrypted.contains(Postgres.PASSWORD_ROLE_PASSWORD));
        Path settings = temp.resolve("settings.xml");
        Files.writeString(settings, "<settings><servers><server><id>warehouse-test</id><username>" + Postgres.PASSWORD_ROLE
                + "</username><password>" + encrypted + "</password></server></servers></settings>\n");
        project.edit("pom.xml", LOCAL_CREDENTIALS, "<serverId>warehouse-test</serverId>");
        Maven mvn = new Maven(project.directory()).withSettings(settings);

        record(mvn.run("migrate:revision", "-Dmessage=Initial schema", "-Dsettings.security=" + security).assertSuccess());
        record(mvn.run("migrate:upgrade", "-Dsettings.security=" + security).assertSuccess()
                .assertPrinted("equities: upgraded base -> "));
        assertEquals(List.of(Postgres.PASSWORD_ROLE), project.rows("equities", "SELECT DISTINCT applied_by FROM migrate_history"));

        // Credentials given twice are refused.
        project.edit("pom.xml", "<serverId>warehouse-test</serverId>",
                "<serverId>warehouse-test</serverId><passwordEnv>OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD</passwordEnv>");
        record(mvn.run("migrate:current", "-Dsettings.security=" + security).assertFailure()
                .assertPrinted("environment 'local' takes its password from both <serverId>warehouse-test</serverId> and"
                        + " <passwordEnv>OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD</passwordEnv>: keep one of them"));
        project.edit("pom.xml", "<serverId>warehouse-test</serverId><passwordEnv>OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD</passwordEnv>",
                "<serverId>no-such-server</serverId>");
        record(mvn.run("migrate:current", "-Dsettings.security=" + security).assertFailure()
                .assertPrinted("environment 'local' reads its credentials from the server 'no-such-server' of Maven's"
                        + " settings.xml, which has no such server."));

        assertNeverShown(Postgres.PASSWORD_ROLE_PASSWORD);
    }

    @Test
    void aProtectedEnvironmentAsksForConfirmationBeforeLosingData() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        project.edit("pom.xml", "<name>local</name>", "<name>local</name>\n              <protected>true</protected>");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");

        String rev1 = mvn.run("migrate:revision", "-Dmessage=Initial schema", "-Ddatabase=equities").assertSuccess()
                .find("equities: revision ([0-9a-f]{12}) written");
        // Creating tables loses nothing: no confirmation needed.
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess().assertPrinted("equities: upgraded base -> " + rev1);

        mvn.run("migrate:downgrade", "-Dtarget=-1", "-Ddatabase=equities").assertFailure()
                .assertPrinted("environment 'local' is protected, and this downgrade of database equities:")
                .assertPrinted("  downgrade reverts revision " + rev1 + " (Initial schema)")
                .assertPrinted("Run again with -Dconfirm=local to go ahead.");
        assertEquals(List.of(rev1), project.rows("equities", "SELECT revision FROM migrate_version"));
        mvn.run("migrate:downgrade", "-Dtarget=-1", "-Ddatabase=equities", "-Dconfirm=prod").assertFailure()
                .assertPrinted("-Dconfirm=prod does not name this environment.");
        mvn.run("migrate:downgrade", "-Dtarget=-1", "-Ddatabase=equities", "-Dconfirm=local").assertSuccess()
                .assertPrinted("equities: downgraded " + rev1 + " -> base");

        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        project.edit("src/main/java/com/optionsdeep/equities/Company.java",
                "    @Column(length = 100)\n    private String sector;\n", "");
        String rev2 = mvn.run("migrate:revision", "-Dmessage=Drop sector", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("  ! drop column companies.sector character varying(100) null  (may lose data)")
                .find("equities: revision ([0-9a-f]{12}) written");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure()
                .assertPrinted("environment 'local' is protected, and this upgrade of database equities:")
                .assertPrinted("  revision " + rev2 + " (Drop sector) may lose data: drop column companies.sector character varying(100) null");
        assertEquals(List.of(rev1), project.rows("equities", "SELECT revision FROM migrate_version"));
        mvn.run("migrate:upgrade", "-Ddatabase=equities", "-Dconfirm=local").assertSuccess()
                .assertPrinted("Environment local is protected; going ahead as -Dconfirm=local asks")
                .assertPrinted("equities: upgraded " + rev1 + " -> " + rev2);
    }

    @Test
    void goalsRunFromAnotherDirectoryWithDashF() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        project.write(".env", "OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=postgres\n");
        Path elsewhere = Files.createDirectories(temp.resolve("somewhere/else"));
        Maven mvn = new Maven(project.directory());
        Path pom = project.file("pom.xml");

        mvn.runFrom(elsewhere, pom, "migrate:revision", "-Dmessage=Initial schema").assertSuccess()
                .assertPrinted("equities: revision ");
        assertEquals(1, project.list("src/main/java/db/migration/equities").size());
        mvn.runFrom(elsewhere, pom, "migrate:upgrade").assertSuccess().assertPrinted("equities: upgraded base -> ");
        try (var files = Files.list(elsewhere)) {
            assertEquals(List.of(), files.toList(), "nothing is written to the working directory");
        }
    }

    @Test
    void perDatabaseSchemaAndSessionSettingsReachTheMigrationConnection() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        project.edit("pom.xml", "        <environments>", """
                        <databases>
                          <database>
                            <name>algorithms</name>
                            <schema>research</schema>
                            <sessionSettings>
                              <application_name>options-deep-migrations</application_name>
                              <lock_timeout>5s</lock_timeout>
                            </sessionSettings>
                          </database>
                        </databases>
                        <environments>""");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        mvn.run("migrate:revision", "-Dmessage=Initial schema").assertSuccess();
        mvn.run("migrate:upgrade").assertSuccess();

        assertEquals(List.of("research|strategies", "research|migrate_history", "research|migrate_version"),
                project.rows("algorithms", "SELECT schemaname, tablename FROM pg_tables"
                        + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY tablename = 'strategies' DESC, 2"));
        assertEquals(List.of("public|companies"), project.rows("equities", "SELECT schemaname, tablename FROM pg_tables"
                + " WHERE tablename = 'companies'"));
    }

    @Test
    void goalsRunForOneModuleFromTheRootOfAMultiModuleBuild() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        Files.writeString(temp.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.optionsdeep</groupId>
                  <artifactId>options-deep-parent</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <modules>
                    <module>options-deep</module>
                  </modules>
                </project>
                """);
        // The .env at the top of the build serves the module too.
        Files.writeString(temp.resolve(".env"), "OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=postgres\n");
        Maven mvn = new Maven(temp);

        mvn.run("-pl", "options-deep", "migrate:revision", "-Dmessage=Initial schema").assertSuccess()
                .assertPrinted("equities: revision ");
        assertEquals(1, project.list("src/main/java/db/migration/equities").size());
        mvn.run("-pl", "options-deep", "migrate:upgrade").assertSuccess().assertPrinted("equities: upgraded base -> ");
    }

    private void record(Build build) {
        builds.add(build);
    }

    /** Neither any output of this test's builds nor any file of the project (but {@code allowedFile}) holds the secret. */
    private void assertNeverShown(String secret, String... allowedFiles) throws IOException {
        assertTrue(builds.size() >= 3, "the check needs the builds it is about");
        for (Build b : builds) {
            b.assertNotPrinted(secret);
        }
        List<String> leaks = new ArrayList<>();
        for (Path f : project.filesContaining(secret)) {
            String relative = project.directory().relativize(f).toString();
            if (!List.of(allowedFiles).contains(relative)) {
                leaks.add(relative);
            }
        }
        assertEquals(List.of(), leaks, "files holding the password");
    }

    /** Runs {@code mvn --encrypt-…} as a user would, returning the {…} it prints. */
    private static String encrypt(String option, String value, Path security) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", option, value));
        if (security != null) {
            command.add("-Dsettings.security=" + security);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[A-Za-z0-9+/=]+\\}").matcher(out);
        if (!m.find()) {
            throw new AssertionError("mvn " + option + " printed no {…}:\n" + out);
        }
        return m.group();
    }
}
