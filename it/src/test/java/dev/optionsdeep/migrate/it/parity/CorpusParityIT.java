package dev.optionsdeep.migrate.it.parity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * Hibernate parity on models written in the style of real applications (a JHipster app, a Jakarta EE
 * sample, a legacy schema, a shop), each compiled here as its users' builds would compile it — with the
 * naming those applications run under — then checked as {@link ParityIT} checks its models. A case that
 * needs a construct this branch does not map yet is disabled with the construct and the engineer named;
 * run with {@code -Djunit.jupiter.conditions.deactivate=org.junit.*DisabledCondition} to see where each
 * stands ({@code ParityCheck} prints "n/m facts").
 */
class CorpusParityIT {

    private static final Map<String, String> SNAKE_CASE = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

    @TempDir
    Path classes;

    private final ParityCheck parity = new ParityCheck();

    @AfterEach
    void dropDatabases() throws SQLException {
        parity.close();
    }

    @Test
    @Disabled("needs @Cache on a collection ignored as schema-neutral, engineer build; and the snake_case name of"
            + " @SequenceGenerator(name = \"sequenceGenerator\"), sequence_generator, engineer gen")
    void jhipsterUnderSpringBootsNaming() throws Exception {
        CorpusModel model = CorpusModel.compile("jhipster", "parity_jhipster", classes, "-Amigrate.naming=snake_case");
        parity.assertParity("parity_jhipster", model.snapshot(), model.entities(), SNAKE_CASE);
    }
}
