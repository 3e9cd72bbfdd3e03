package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Every way the seed says a run can go wrong before a migration starts, each failing the build with
 * a message that names the fix, and none printing the password.
 */
class ConfigurationErrorsIT {

    private static final String PASSWORD = "pw-that-must-never-be-printed-7f3a";

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        // No database is created: the tests that need one reaching the server create none.
        project = ExampleProject.copy("options-deep", temp);
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", PASSWORD);
    }

    @AfterEach
    void cleanUp() throws Exception {
        project.close();
    }

    @Test
    void unknownEnvironmentListsTheKnownOnes() {
        check(mvn.run("migrate:current", "-Denv=qa").assertFailure()
                .assertPrinted("environment 'qa' (from -Denv) is not configured. Known environments: local, dev, prod."));
    }

    @Test
    void environmentFromTheVariableIsUsedAndNamed() {
        check(mvn.withEnvironment("ENVIRONMENT", "staging").run("migrate:current").assertFailure()
                .assertPrinted("environment 'staging' (from the ENVIRONMENT variable) is not configured."));
    }

    @Test
    void missingPasswordVariableIsNamed() {
        new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "")
                .run("migrate:upgrade").assertFailure()
                .assertPrinted("environment 'local' reads its password from the variable OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD,"
                        + " which is not set. Set it (export OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=…) or add a line"
                        + " OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD=… to the .env file in the project root.");
    }

    @Test
    void missingDatabaseGivesTheCreateStatement() {
        String db = project.database("equities");
        check(mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure()
                .assertPrinted("database equities, environment local: database \"" + db + "\" does not exist on 127.0.0.1:5432.")
                .assertPrinted("CREATE DATABASE " + db + ";")
                .assertNotPrinted("CREATE DATABASE " + db + ";:"));
    }

    @Test
    void unreachableServerNamesHostAndPort() throws Exception {
        project.edit("pom.xml", "127.0.0.1:5432", "127.0.0.1:1");
        check(mvn.run("migrate:current").assertFailure()
                .assertPrinted("database algorithms, environment local: cannot reach PostgreSQL at 127.0.0.1:1 ("));
    }

    @Test
    void failedAuthenticationNamesTheUser() throws Exception {
        project.edit("pom.xml", "<username>postgres</username>\n              <passwordEnv>",
                "<username>no_such_user</username>\n              <passwordEnv>");
        check(mvn.run("migrate:current").assertFailure()
                .assertPrinted("authentication failed for user \"no_such_user\" on 127.0.0.1:5432"));
    }

    @Test
    void unknownDatabaseListsTheKnownOnes() {
        check(mvn.run("migrate:history", "-Ddatabase=options").assertFailure()
                .assertPrinted("database 'options' (from -Ddatabase) has no entities in this project. Known databases: algorithms, equities."));
    }

    @Test
    void downgradeWithoutATargetSaysWhichToGive() {
        check(mvn.run("migrate:downgrade").assertFailure()
                .assertPrinted("downgrade needs a target: -Dtarget=-1 (one revision back), -Dtarget=<revision id or prefix>,"
                        + " or -Dtarget=base (empty database)"));
    }

    @Test
    void revisionWithoutAMessageShowsTheCommand() {
        check(mvn.run("migrate:revision").assertFailure()
                .assertPrinted("a revision needs a message: mvn migrate:revision -Dmessage=\"Create companies table\""));
    }

    private static void check(Build build) {
        build.assertNotPrinted(PASSWORD);
    }
}
