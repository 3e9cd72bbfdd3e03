package dev.optionsdeep.migrate.it.parity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
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

    /** What a Spring Boot application configures: snake_case physical names and Spring's implicit names. */
    private static final Map<String, String> SPRING_BOOT = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
            "hibernate.implicit_naming_strategy", "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");

    @TempDir
    Path classes;

    private final ParityCheck parity = new ParityCheck();

    @AfterEach
    void dropDatabases() throws SQLException {
        parity.close();
    }

    @Test
    void jhipsterUnderSpringBootsNaming() throws Exception {
        check("jhipster", SNAKE_CASE, "-Amigrate.naming=snake_case");
    }

    @Test
    void jakartaee() throws Exception {
        check("jakartaee", Map.of());
    }

    @Test
    void legacy() throws Exception {
        check("legacy", Map.of());
    }

    /** A Spring Boot domain with Jakarta Validation constraints, which Hibernate applies with a provider present. */
    @Test
    void validatedUnderSpringBootsNaming() throws Exception {
        check("validation", SNAKE_CASE, "-Amigrate.naming=snake_case");
    }

    /** Hibernate 5 and 6 idioms: @GenericGenerator with the usual strategies, @Type with a columnDefinition. */
    @Test
    void genericGeneratorsAndUserTypes() throws Exception {
        check("generic", Map.of());
    }

    @Test
    void commerce() throws Exception {
        check("commerce", Map.of());
    }

    /** An application audited by Hibernate Envers: Hibernate's export holds the audit tables and REVINFO. */
    @Test
    void audited() throws Exception {
        check("audited", Map.of());
    }

    /** Envers with a revision entity of its own, audit parents, modified flags and a renamed audit join table. */
    @Test
    void auditedWithARevisionEntity() throws Exception {
        check("revisions", Map.of());
    }

    /**
     * Envers settings other than its defaults, as an application sets them in its Hibernate properties and tells
     * the processor with {@code -Amigrate.envers.*}: prefixed and suffixed audit tables in a schema of their own
     * (REVINFO there too), renamed revision columns, and the validity audit strategy's end revision and its time.
     */
    @Test
    void auditedUnderOtherEnversSettings() throws Exception {
        checkWithEnversSettings("auditgaps");
    }

    /** The same settings on the clinic: JOINED and SINGLE_TABLE hierarchies, a set of embeddables, modified flags. */
    @Test
    void auditedClinicUnderOtherEnversSettings() throws Exception {
        checkWithEnversSettings("audited");
    }

    private void checkWithEnversSettings(String model) throws Exception {
        Map<String, String> envers = Map.of("audit_table_prefix", "H_", "audit_table_suffix", "_LOG",
                "revision_field_name", "REV_ID", "revision_type_field_name", "REV_KIND", "default_schema", "history",
                "audit_strategy", "org.hibernate.envers.strategy.ValidityAuditStrategy",
                "audit_strategy_validity_store_revend_timestamp", "true");
        Map<String, String> settings = new java.util.HashMap<>();
        envers.forEach((k, v) -> settings.put("org.hibernate.envers." + k, v));
        check(model, settings, envers.entrySet().stream().map(e -> "-Amigrate.envers." + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    /** Older Hibernate idioms: database cascades, relationships without constraints, LOBs, a view entity. */
    @Test
    void enterprise() throws Exception {
        check("enterprise", Map.of());
    }

    /**
     * Enums stored by the application's own converters (auto-applied and named, in a single-table hierarchy, as
     * a map's keys):
     * Hibernate's check of such a column lists what the converter writes, which only running it tells. Migrate
     * reports each one, and its incomplete snapshot has every other fact of Hibernate's export.
     */
    @Test
    void convertedEnumsReproduceAllButTheChecksTheirConvertersDecide() throws Exception {
        CorpusModel compiled = CorpusModel.compile("converted", "parity_converted", classes);
        String model = "dev.optionsdeep.migrate.it.parity.converted.";
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of(model + "Claim.state", model + "Claim.severity", model + "MotorClaim.damageState",
                        model + "Claim.notes"),
                compiled.snapshot().problems().stream().map(p -> p.code() + " " + p.where())
                        .map(s -> s.replace("MIGRATE-124 ", "")).collect(java.util.stream.Collectors.toSet()),
                "one MIGRATE-124 per converted enum, and nothing else left out");
        ParityCheck.Outcome outcome = parity.measure("parity_converted", compiled.snapshot(), compiled.entities(), Map.of());
        System.out.println("parity parity_converted (Hibernate 7.4): " + outcome.share());
        List<String> missing = new java.util.ArrayList<>(outcome.hibernate());
        List<String> extra = new java.util.ArrayList<>(outcome.ours());
        outcome.ours().forEach(missing::remove);
        outcome.hibernate().forEach(extra::remove);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), extra, "what ours has that Hibernate's export has not");
        // Hibernate lists the values in the order of a hash set: the columns are what counts.
        org.junit.jupiter.api.Assertions.assertEquals(List.of("check claim_notes (note_state = ANY (ARRAY[",
                        "check claims (damage_state = ANY (ARRAY[", "check claims (severity = ANY (ARRAY[",
                        "check claims (state = ANY (ARRAY["),
                missing.stream().map(line -> line.substring(0, line.indexOf("ARRAY[") + 6)).sorted().toList(),
                "of Hibernate's facts, ours lacks only the checks of the converted values: " + missing);
        // The enum that says how it is stored (@Enumerated) is not auto-converted, and Hibernate checks it itself.
        org.junit.jupiter.api.Assertions.assertTrue(outcome.ours().contains(
                "column claims.previous_state character varying(10) null"), outcome.ours().toString());
        // A map's keys converted by @Convert(attributeName = "key"): the converter's type, sized by @MapKeyColumn.
        org.junit.jupiter.api.Assertions.assertTrue(outcome.ours().contains(
                "column claim_reserves.branch_code character varying(8) not null"), outcome.ours().toString());
    }

    /** The model compiled with {@code options}, in database {@code parity_<model>}, checked under Hibernate's {@code settings}. */
    private void check(String model, Map<String, String> settings, String... options) throws Exception {
        CorpusModel compiled = CorpusModel.compile(model, "parity_" + model, classes, options);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), compiled.snapshot().problems(),
                "what Migrate could not map: the snapshot of the model is complete");
        parity.assertParity("parity_" + model, compiled.snapshot(), compiled.entities(), settings);
    }

    /** Spring's veterinary clinic sample, with Spring Boot's naming (implicit and physical) as it runs. */
    @Test
    void petclinicUnderSpringBootsNaming() throws Exception {
        check("petclinic", SPRING_BOOT, "-Amigrate.naming=spring");
    }

    /** A ThingsBoard-like IoT store: uuid ids, JSON, arrays, java.time, maps keyed by enum and embeddable. */
    @Test
    void iotUnderSpringBootsNaming() throws Exception {
        check("iot", SPRING_BOOT, "-Amigrate.naming=spring");
    }

    /** A Keycloak-like identity store, under Hibernate's default naming. */
    @Test
    void iam() throws Exception {
        check("iam", Map.of());
    }

    /** A Spring Boot 3 application on Hibernate 7: generic base classes, records, UUID ids, zone and locale types. */
    @Test
    void modernUnderSpringBootsNaming() throws Exception {
        check("modern", SPRING_BOOT, "-Amigrate.naming=spring");
    }
}
