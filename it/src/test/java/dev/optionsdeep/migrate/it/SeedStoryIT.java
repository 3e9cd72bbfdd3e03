package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
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
 * The seed tutorial's first story on the Options Deep example, goal by goal, with real Maven
 * builds against a real PostgreSQL: create the companies table, apply it, add stock_symbol_type,
 * move up and down, back to base, and up to head again.
 */
class SeedStoryIT {

    private static final String REVISIONS = "src/main/java/db/migration/equities";
    private static final String SNAPSHOTS = "src/main/resources/db/migration/equities";
    private static final String COMPANY = "src/main/java/com/optionsdeep/equities/Company.java";

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
    }

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void createCompaniesThenAddStockSymbolTypeThenMoveUpAndDown() throws Exception {
        // Step 2 of the seed: generate the first revision, with no separate compile.
        Build first = mvn.run("migrate:revision", "-Dmessage=Create companies table").assertSuccess()
                .assertPrinted("equities: detected 1 change")
                .assertPrinted("    create table companies");
        String rev1 = first.find("equities: revision ([0-9a-f]{12}) written to src/main/java/db/migration/equities/V\\d{8}_\\d{6}_CreateCompaniesTable\\.java");
        List<String> sources = project.list(REVISIONS);
        assertEquals(1, sources.size(), sources.toString());
        String rev1Class = sources.get(0).replace(".java", "");
        String rev1Source = project.read(REVISIONS + "/" + sources.get(0));
        assertTrue(rev1Source.contains("@Revision(\n        id = \"" + rev1 + "\"") || rev1Source.contains("id = \"" + rev1 + "\""), rev1Source);
        assertTrue(rev1Source.contains("ops.createTable(\"companies\""), rev1Source);
        // @Index(unique = true) is a unique constraint, as Hibernate exports it.
        assertTrue(rev1Source.contains("unique(\"ix_companies_ticker\", \"ticker\")"), rev1Source);
        assertTrue(rev1Source.contains("ops.dropTable(\"companies\""), rev1Source);
        assertEquals(List.of("HEAD", rev1Class + ".schema.json"), project.list(SNAPSHOTS));
        assertTrue(project.read(SNAPSHOTS + "/HEAD").endsWith(rev1 + " " + rev1Class + "\n"));

        // Nothing changed since: a second revision is refused, and nothing is written.
        mvn.run("migrate:revision", "-Dmessage=Nothing").assertSuccess()
                .assertPrinted("equities: no changes detected; the model matches head revision " + rev1 + ". Nothing written.");
        assertEquals(1, project.list(REVISIONS).size());

        // Step 4: apply it.
        mvn.run("migrate:upgrade").assertSuccess()
                .assertPrinted("Environment local (from the default), database equities: jdbc:postgresql://")
                .assertPrinted("Upgrading base -> " + rev1 + ", Create companies table")
                .assertPrinted("equities: upgraded base -> " + rev1 + " (1 revision, ");
        assertEquals(List.of(
                        "id|bigint|NO|BY DEFAULT",
                        "ticker|character varying(20)|NO|",
                        "company_name|character varying(500)|NO|",
                        "exchange|character varying(100)|YES|",
                        "sector|character varying(100)|YES|",
                        "industry|character varying(200)|YES|",
                        "market_cap|bigint|YES|",
                        "is_active|boolean|NO|",
                        "created_at|timestamp(6) with time zone|NO|",
                        "updated_at|timestamp(6) with time zone|YES|"),
                project.rows("equities", "SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
                        + " CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END,"
                        + " CASE a.attidentity WHEN 'd' THEN 'BY DEFAULT' WHEN 'a' THEN 'ALWAYS' ELSE '' END"
                        + " FROM pg_attribute a WHERE a.attrelid = 'companies'::regclass AND a.attnum > 0"
                        + " AND NOT a.attisdropped ORDER BY a.attnum"));
        assertEquals(List.of("companies_pkey|p|PRIMARY KEY (id)", "ix_companies_ticker|u|UNIQUE (ticker)"),
                project.rows("equities", "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'companies'::regclass ORDER BY conname"));
        assertEquals(List.of("companies_pkey|CREATE UNIQUE INDEX companies_pkey ON public.companies USING btree (id)",
                        "ix_companies_ticker|CREATE UNIQUE INDEX ix_companies_ticker ON public.companies USING btree (ticker)"),
                project.rows("equities", "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'companies' ORDER BY 1"));
        assertEquals(List.of(rev1), project.rows("equities", "SELECT revision FROM migrate_version"));

        // Step 1 of the seed: current shows the head.
        mvn.run("migrate:current").assertSuccess().assertPrinted("equities: " + rev1 + " (head)");

        // Adding a column: the model changes, a new revision captures it.
        project.edit(COMPANY, "    private Instant updatedAt;\n",
                "    private Instant updatedAt;\n\n    @Column(name = \"stock_symbol_type\", length = 20)\n    private String stockSymbolType;\n");
        Build second = mvn.run("migrate:revision", "-Dmessage=Add stock_symbol_type to companies").assertSuccess()
                .assertPrinted("equities: detected 1 change")
                .assertPrinted("    add column companies.stock_symbol_type character varying(20) null");
        String rev2 = second.find("equities: revision ([0-9a-f]{12}) written to src/main/java/db/migration/equities/V\\d{8}_\\d{6}_AddStockSymbolTypeToCompanies\\.java");
        String rev2File = project.list(REVISIONS).stream().filter(f -> f.contains("AddStockSymbolType")).findFirst().orElseThrow();
        String rev2Source = project.read(REVISIONS + "/" + rev2File);
        assertTrue(rev2Source.contains("\"" + rev1 + "\""), "the second revision follows the first:\n" + rev2Source);
        assertTrue(rev2Source.contains("ops.addColumn(\"companies\", column(\"stock_symbol_type\", \"character varying(20)\"));"), rev2Source);
        assertTrue(rev2Source.contains("ops.dropColumn(\"companies\", column(\"stock_symbol_type\", \"character varying(20)\"));"), rev2Source);
        assertTrue(project.read(SNAPSHOTS + "/HEAD").endsWith(rev2 + " " + rev2File.replace(".java", "") + "\n"));

        // upgrade +1, downgrade -1, downgrade base, upgrade head.
        mvn.run("migrate:upgrade", "-Dtarget=+1", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("Upgrading " + rev1 + " -> " + rev2 + ", Add stock_symbol_type to companies");
        assertEquals(List.of("stock_symbol_type|character varying(20)|YES"), stockSymbolType());
        assertEquals(List.of(rev2), project.rows("equities", "SELECT revision FROM migrate_version"));

        mvn.run("migrate:downgrade", "-Dtarget=-1", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("Downgrading " + rev2 + " -> " + rev1 + ", Add stock_symbol_type to companies")
                .assertPrinted("equities: downgraded " + rev2 + " -> " + rev1 + " (1 revision, ");
        assertEquals(List.of(), stockSymbolType());
        assertEquals(List.of(rev1), project.rows("equities", "SELECT revision FROM migrate_version"));
        mvn.run("migrate:current").assertSuccess().assertPrinted("equities: " + rev1)
                .assertPrinted("equities: behind head " + rev2 + " by 1 revision: mvn migrate:upgrade applies it");

        mvn.run("migrate:downgrade", "-Dtarget=base", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("Downgrading " + rev1 + " -> base, Create companies table");
        assertEquals(List.of(), project.rows("equities", "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename NOT LIKE 'migrate%'"));
        assertEquals(List.of(), project.rows("equities", "SELECT revision FROM migrate_version"));
        mvn.run("migrate:current").assertSuccess().assertPrinted("equities: base (2 revisions to apply: mvn migrate:upgrade)");
        // A relative move names one database; with two in the project it says so.
        mvn.run("migrate:upgrade", "-Dtarget=+1").assertFailure()
                .assertPrinted("-Dtarget=+1 names a move within one database, and this run acts on algorithms, equities:"
                        + " add -Ddatabase=… (one of them)");

        mvn.run("migrate:upgrade").assertSuccess()
                .assertPrinted("equities: upgraded base -> " + rev2 + " (2 revisions, ");
        assertEquals(List.of("stock_symbol_type|character varying(20)|YES"), stockSymbolType());
        assertEquals(List.of(rev2), project.rows("equities", "SELECT revision FROM migrate_version"));
        assertEquals(List.of(
                        "upgrade|" + rev1, "upgrade|" + rev2, "downgrade|" + rev2, "downgrade|" + rev1,
                        "upgrade|" + rev1, "upgrade|" + rev2),
                project.rows("equities", "SELECT direction, revision FROM migrate_history ORDER BY id"));

        // history, short and verbose, as the seed shows them; no database needed.
        mvn.run("migrate:history").assertSuccess()
                .assertPrinted(rev1 + " -> " + rev2 + " (head)")
                .assertPrinted(", Add stock_symbol_type to companies")
                .assertPrinted("<base> -> " + rev1 + ", Create companies table");
        mvn.run("migrate:history", "-Dverbose").assertSuccess()
                .assertPrinted("Rev: " + rev2 + " (head)")
                .assertPrinted("Parent: " + rev1)
                .assertPrinted("Path: " + REVISIONS + "/" + rev2File)
                .assertPrinted("    Add stock_symbol_type to companies")
                .assertPrinted("Rev: " + rev1)
                .assertPrinted("Parent: <base>");
    }

    @Test
    void anEmptyRevisionForHandWrittenStepsAndItsFailureRollsBack() throws Exception {
        mvn.run("migrate:revision", "-Dmessage=Create companies table").assertSuccess();
        mvn.run("migrate:revision", "-Dmessage=Backfill exchange", "-Dautogenerate=false", "-Ddatabase=equities").assertSuccess()
                .assertPrinted("equities: empty revision");
        String file = project.list(REVISIONS).stream().filter(f -> f.contains("BackfillExchange")).findFirst().orElseThrow();
        String source = project.read(REVISIONS + "/" + file);
        assertTrue(source.contains("// Nothing to do"), source);
        // Fill it in by hand: a step that works, then one that fails.
        String filled = source.replaceFirst("(public void upgrade\\(Operations ops\\) \\{\\n)\\s*// [^\\n]*\\n",
                "$1        ops.execute(\"UPDATE companies SET exchange = 'NYSE'\");\n"
                        + "        ops.execute(\"UPDATE companies SET exchange = no_such_column\");\n");
        assertTrue(filled.contains("no_such_column"), filled);
        java.nio.file.Files.writeString(project.file(REVISIONS + "/" + file), filled);

        Build failed = mvn.run("migrate:upgrade").assertFailure();
        String rev2 = failed.find("revision ([0-9a-f]{12}) \\(Backfill exchange\\) failed at step 'execute UPDATE companies SET exchange = no_such_column'");
        failed.assertPrinted("PostgreSQL said: ERROR: column \"no_such_column\" does not exist")
                .assertPrinted("The revision was rolled back; the database is still at ");
        String rev1 = project.rows("equities", "SELECT revision FROM migrate_version").get(0);
        assertTrue(!rev1.equals(rev2));
        assertEquals(List.of("upgrade|" + rev1), project.rows("equities", "SELECT direction, revision FROM migrate_history"));
    }

    private List<String> stockSymbolType() throws Exception {
        return project.rows("equities", "SELECT column_name, format_type(a.atttypid, a.atttypmod), is_nullable"
                + " FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = 'companies'::regclass"
                + " AND a.attname = c.column_name WHERE c.table_name = 'companies' AND c.column_name = 'stock_symbol_type'");
    }
}
