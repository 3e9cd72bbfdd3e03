package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Relationships whose foreign keys form a cycle (a company lists on an exchange, an exchange has a
 * flagship company) go through {@code migrate:revision} and {@code migrate:upgrade}: both tables are
 * created before either foreign key, and a downgrade to base drops the keys before the tables.
 */
class ForeignKeyCycleIT {

    private static final String EXCHANGE = "src/main/java/com/optionsdeep/equities/Exchange.java";
    private static final String FOREIGN_KEYS = "select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
            + " from pg_constraint where contype = 'f' order by 1";

    @TempDir
    Path temp;

    private ExampleProject project;

    @AfterEach
    void dropDatabases() throws Exception {
        project.close();
    }

    @Test
    void aRevisionWithAForeignKeyCycleUpgradesAndDowngrades() throws Exception {
        project = ExampleProject.copy("options-deep", temp, "equities", "algorithms");
        Maven mvn = new Maven(project.directory()).withEnvironment("OPTIONS_DEEP_DATA_WAREHOUSE_PASSWORD", "postgres");
        project.write(EXCHANGE, """
                package com.optionsdeep.equities;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity
                @Table(name = "exchanges")
                public class Exchange {
                    @Id @Column(length = 10) private String mic;
                    @Column(nullable = false, length = 100) private String name;
                    @OneToOne @JoinColumn(name = "flagship_company_id") private Company flagship;
                    @OneToMany(mappedBy = "primaryExchange") private Set<Company> listed;
                }
                """);
        project.edit(Entities.COMPANY, Entities.AFTER_UPDATED_AT, Entities.AFTER_UPDATED_AT + """

                    @jakarta.persistence.ManyToOne
                    @jakarta.persistence.JoinColumn(name = "primary_exchange")
                    private Exchange primaryExchange;

                    @jakarta.persistence.ManyToMany
                    @jakarta.persistence.JoinTable(name = "company_peers")
                    private java.util.Set<Company> peers;
                """);

        mvn.run("migrate:revision", "-Dmessage=Companies on exchanges").assertSuccess()
                .assertPrinted("    create table exchanges")
                .assertPrinted("    create table company_peers");
        mvn.run("migrate:upgrade").assertSuccess();

        List<String> keys = List.of(
                "companies companies_primary_exchange_fkey FOREIGN KEY (primary_exchange) REFERENCES exchanges(mic)",
                "company_peers company_peers_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies(id)",
                "company_peers company_peers_peers_id_fkey FOREIGN KEY (peers_id) REFERENCES companies(id)",
                "exchanges exchanges_flagship_company_id_fkey FOREIGN KEY (flagship_company_id) REFERENCES companies(id)");
        assertEquals(keys, project.rows("equities", FOREIGN_KEYS));
        assertEquals(List.of("character varying|10"), project.rows("equities", "select data_type || '|' ||"
                + " character_maximum_length from information_schema.columns where table_name = 'companies'"
                + " and column_name = 'primary_exchange'"));

        mvn.run("migrate:downgrade", "-Dtarget=base", "-Ddatabase=equities").assertSuccess();
        assertEquals(List.of(), project.rows("equities", FOREIGN_KEYS));
        assertEquals(List.of(), project.rows("equities", "select tablename from pg_tables where schemaname = 'public'"
                + " and tablename in ('companies', 'exchanges', 'company_peers')"));

        mvn.run("migrate:upgrade", "-Ddatabase=equities").assertSuccess();
        assertEquals(keys, project.rows("equities", FOREIGN_KEYS));
    }
}
