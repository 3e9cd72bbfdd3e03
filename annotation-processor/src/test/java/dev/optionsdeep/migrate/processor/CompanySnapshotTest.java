package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** The Options Deep {@code companies} table, from the seed tutorial, mapped as Hibernate maps it. */
class CompanySnapshotTest {

    static final JavaFileObject COMPANY = Sources.source("com.optionsdeep.equities.Company", """
            package com.optionsdeep.equities;

            import jakarta.persistence.*;
            import java.time.Instant;

            @Entity
            @Table(name = "companies", indexes = @Index(name = "ix_companies_ticker", columnList = "ticker", unique = true))
            public class Company {
              @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
              @Column(nullable = false, length = 20) private String ticker;
              @Column(name = "company_name", nullable = false, length = 500) private String companyName;
              @Column(length = 100) private String exchange;
              @Column(length = 100) private String sector;
              @Column(length = 200) private String industry;
              @Column(name = "market_cap") private Long marketCap;
              @Column(name = "is_active", nullable = false) private boolean active;
              @Column(name = "created_at", nullable = false) private Instant createdAt;
              @Column(name = "updated_at") private Instant updatedAt;
            }
            """);

    @Test
    void companyEntityBecomesTheCompaniesTableOfTheEquitiesDatabase() {
        Compilation compilation = Sources.compile(Sources.database("com.optionsdeep.equities", "equities"), COMPANY);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/equities.schema.json")
                .contentsAsUtf8String().isEqualTo("""
                        {
                          "format": 1,
                          "database": "equities",
                          "tables": [
                            {
                              "name": "companies",
                              "columns": [
                                {
                                  "name": "id",
                                  "type": "bigint",
                                  "nullable": false,
                                  "identity": true
                                },
                                {
                                  "name": "ticker",
                                  "type": "character varying(20)",
                                  "nullable": false
                                },
                                {
                                  "name": "company_name",
                                  "type": "character varying(500)",
                                  "nullable": false
                                },
                                {
                                  "name": "exchange",
                                  "type": "character varying(100)",
                                  "nullable": true
                                },
                                {
                                  "name": "sector",
                                  "type": "character varying(100)",
                                  "nullable": true
                                },
                                {
                                  "name": "industry",
                                  "type": "character varying(200)",
                                  "nullable": true
                                },
                                {
                                  "name": "market_cap",
                                  "type": "bigint",
                                  "nullable": true
                                },
                                {
                                  "name": "is_active",
                                  "type": "boolean",
                                  "nullable": false
                                },
                                {
                                  "name": "created_at",
                                  "type": "timestamp(6) with time zone",
                                  "nullable": false
                                },
                                {
                                  "name": "updated_at",
                                  "type": "timestamp(6) with time zone",
                                  "nullable": true
                                }
                              ],
                              "primaryKey": {
                                "name": "companies_pkey",
                                "columns": ["id"]
                              },
                              "uniqueConstraints": [
                                {
                                  "name": "ix_companies_ticker",
                                  "columns": ["ticker"]
                                }
                              ]
                            }
                          ]
                        }
                        """);
    }
}
