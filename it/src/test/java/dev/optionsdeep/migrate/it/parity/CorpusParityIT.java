package dev.optionsdeep.migrate.it.parity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * Hibernate parity on models written in the style of real applications (a JHipster app, a Jakarta EE
 * sample, a legacy schema, a shop), each compiled here as its users' builds would compile it — with the
 * naming those applications run under — then checked as {@link ParityIT} checks its models
 * ({@code ParityCheck} prints "n/m facts"). They are compiled here, not by the module's own build, so that a
 * construct the processor stops mapping fails one case with its diagnostics rather than the whole module.
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
    void jhipsterUnderSpringBootsNaming() throws Exception {
        CorpusModel model = CorpusModel.compile("jhipster", "parity_jhipster", classes, "-Amigrate.naming=snake_case");
        parity.assertParity("parity_jhipster", model.snapshot(), model.entities(), SNAKE_CASE);
    }

    @Test
    void jakartaee() throws Exception {
        CorpusModel model = CorpusModel.compile("jakartaee", "parity_jakartaee", classes);
        parity.assertParity("parity_jakartaee", model.snapshot(), model.entities(), Map.of());
    }

    @Test
    void legacy() throws Exception {
        CorpusModel model = CorpusModel.compile("legacy", "parity_legacy", classes);
        parity.assertParity("parity_legacy", model.snapshot(), model.entities(), Map.of());
    }

    /** A Spring Boot domain with Jakarta Validation constraints, which Hibernate applies with a provider present. */
    @Test
    void validatedUnderSpringBootsNaming() throws Exception {
        CorpusModel model = CorpusModel.compile("validation", "parity_validation", classes, "-Amigrate.naming=snake_case");
        parity.assertParity("parity_validation", model.snapshot(), model.entities(), SNAKE_CASE);
    }

    /** Hibernate 5 and 6 idioms: @GenericGenerator with the usual strategies, @Type with a columnDefinition. */
    @Test
    void genericGeneratorsAndUserTypes() throws Exception {
        CorpusModel model = CorpusModel.compile("generic", "parity_generic", classes);
        parity.assertParity("parity_generic", model.snapshot(), model.entities(), Map.of());
    }

    @Test
    void commerce() throws Exception {
        CorpusModel model = CorpusModel.compile("commerce", "parity_commerce", classes);
        parity.assertParity("parity_commerce", model.snapshot(), model.entities(), Map.of());
    }

    /** An application audited by Hibernate Envers: Hibernate's export holds the audit tables and REVINFO. */
    @Test
    void audited() throws Exception {
        CorpusModel model = CorpusModel.compile("audited", "parity_audited", classes);
        parity.assertParity("parity_audited", model.snapshot(), model.entities(), Map.of());
    }

    /** Envers with a revision entity of its own, audit parents, modified flags and a renamed audit join table. */
    @Test
    void auditedWithARevisionEntity() throws Exception {
        CorpusModel model = CorpusModel.compile("revisions", "parity_revisions", classes);
        parity.assertParity("parity_revisions", model.snapshot(), model.entities(), Map.of());
    }
}
