package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renames need intent, with real Maven builds: a hinted column rename keeps the rows up and down, a
 * drop and an add without a hint stop the revision, and so does a NOT NULL column without default.
 */
class RenameColumnIT {

    private static final String REVISIONS = "src/main/java/db/migration/equities";
    private static final String COMPANY = "src/main/java/com/optionsdeep/equities/Company.java";
    private static final String TICKER = "    @Column(nullable = false, length = 20)\n    private String ticker;\n";

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExampleAndCreateTheTables() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities");
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        mvn.run("migrate:revision", "-Dmessage=Create companies", "-Ddatabase=equities").assertSuccess();
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        project.rows("equities", "INSERT INTO companies (ticker, company_name, is_active, created_at)"
                + " VALUES ('AAPL', 'Apple Inc.', true, now()) RETURNING id");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void aHintedRenameKeepsTheRowsThroughUpgradeAndDowngrade() throws Exception {
        project.edit(COMPANY, TICKER, "    @dev.optionsdeep.migrate.RenamedFrom(\"ticker\")\n"
                + "    @Column(name = \"symbol\", nullable = false, length = 30)\n    private String ticker;\n");
        project.edit(COMPANY, "columnList = \"ticker\"", "columnList = \"symbol\"");

        mvn.run("migrate:revision", "-Dmessage=Rename ticker to symbol", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: detected 2 changes")
                .assertPrinted("    rename column companies.ticker to symbol  (safe)")
                .assertPrinted("    alter column companies.symbol from character varying(20) not null to character varying(30)"
                        + " not null  (safe)");
        String source = revision("RenameTickerToSymbol");
        assertTrue(source.contains("ops.renameColumn(\"companies\", \"ticker\", \"symbol\");"), source);
        assertTrue(source.contains("ops.renameColumn(\"companies\", \"symbol\", \"ticker\");"), source);
        assertTrue(!source.contains("Risky steps"), source);

        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("AAPL|Apple Inc."), project.rows("equities", "SELECT symbol, company_name FROM companies"));
        assertEquals(List.of("ix_companies_ticker|UNIQUE (symbol)"), project.rows("equities", "SELECT conname,"
                + " pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'companies'::regclass AND contype = 'u'"));

        // Captured: the hint now names no column of the head revision, and changes nothing.
        mvn.run("migrate:revision", "-Dmessage=Nothing", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: no changes detected");
        mvn.run("migrate:check", "-Ddatabase=equities").assertSuccess();

        mvn.run("migrate:downgrade", "-Dtarget=-1", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("AAPL|Apple Inc.|character varying(20)"), project.rows("equities", "SELECT ticker, company_name,"
                + " format_type(a.atttypid, a.atttypmod) FROM companies, pg_attribute a"
                + " WHERE a.attrelid = 'companies'::regclass AND a.attname = 'ticker'"));
    }

    @Test
    void withoutAHintADropAndAnAddStopTheRevisionUntilConfirmed() throws Exception {
        project.edit(COMPANY, TICKER, "    @Column(name = \"symbol\", nullable = false, length = 20)\n    private String ticker;\n");
        project.edit(COMPANY, "columnList = \"ticker\"", "columnList = \"symbol\"");

        mvn.run("migrate:revision", "-Dmessage=Symbol", "-Ddatabase=equities").assertFailure()
                .assertPrinted("equities: nothing written.")
                .assertPrinted("The model drops and adds columns that look like renames; as it stands, the revision would"
                        + " drop the old data:")
                .assertPrinted("  - companies.ticker character varying(20) -> companies.symbol character varying(20)")
                .assertPrinted("    @RenamedFrom(\"ticker\")   on the attribute mapped to companies.symbol")
                .assertPrinted("If the old data may go, confirm the drop: -DallowDrop=companies.ticker")
                .assertPrinted("  - companies.symbol")
                .assertPrinted("or acknowledge it with -DallowNotNull=companies.symbol");
        assertEquals(1, project.list(REVISIONS).size(), "nothing written");

        mvn.run("migrate:revision", "-Dmessage=Symbol", "-Ddatabase=equities", "-DallowDrop=companies.ticker",
                        "-DallowNotNull=companies.symbol").assertSuccess()
                .assertPrinted("  ! drop column companies.ticker character varying(20) not null  (may lose data)")
                .assertPrinted("    add column companies.symbol character varying(20) null  (safe)");
        String source = revision("Symbol");
        assertTrue(source.contains("<li>drop column companies.ticker character varying(20) not null: may lose data</li>"), source);
    }

    @Test
    void aNotNullColumnWithoutDefaultNeedsAcknowledgementAndADataStep() throws Exception {
        project.edit(COMPANY, TICKER, TICKER + "\n    @Column(nullable = false, length = 2)\n    private String country;\n");

        mvn.run("migrate:revision", "-Dmessage=Add country", "-Ddatabase=equities").assertFailure()
                .assertPrinted("The model adds NOT NULL columns without a default to tables that may hold rows; the upgrade"
                        + " would fail on the first row:")
                .assertPrinted("  - companies.country")
                .assertPrinted("or acknowledge it with -DallowNotNull=companies.country");

        mvn.run("migrate:revision", "-Dmessage=Add country", "-Ddatabase=equities", "-Dmigrate.allowNotNull=companies.country")
                .assertSuccess()
                .assertPrinted("    add column companies.country character varying(2) null  (safe)")
                .assertPrinted("    alter column companies.country from character varying(2) null to character varying(2)"
                        + " not null  (locks the table while it scans, may fail on existing data)");
        String file = REVISIONS + "/" + project.list(REVISIONS).stream().filter(f -> f.contains("AddCountry")).findFirst().orElseThrow();
        String hook = "        // ops.execute(\"UPDATE companies SET country = ... WHERE country IS NULL\");\n";
        assertTrue(project.read(file).contains(hook), project.read(file));

        // As generated, the upgrade fails on the existing row and leaves the database as it was.
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertFailure();
        assertEquals(List.of(), project.rows("equities", "SELECT attname FROM pg_attribute"
                + " WHERE attrelid = 'companies'::regclass AND attname = 'country'"));

        // The data step at the hook fills the existing rows; then the revision applies.
        project.edit(file, hook, hook + "        ops.execute(\"UPDATE companies SET country = 'US' WHERE country IS NULL\");\n");
        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of("AAPL|US|NO"), project.rows("equities", "SELECT ticker, country,"
                + " (SELECT CASE WHEN attnotnull THEN 'NO' ELSE 'YES' END FROM pg_attribute"
                + " WHERE attrelid = 'companies'::regclass AND attname = 'country') FROM companies"));
    }

    private String revision(String name) throws Exception {
        String file = project.list(REVISIONS).stream().filter(f -> f.contains(name)).findFirst().orElseThrow();
        return project.read(REVISIONS + "/" + file);
    }
}
