package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import java.util.ArrayList;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which snapshot files a compilation writes, and that their bytes depend on the model only. */
class DatabaseSnapshotTest {

    private static JavaFileObject entity(String qualifiedName, String table) {
        int dot = qualifiedName.lastIndexOf('.');
        return Sources.source(qualifiedName, """
                package %s;

                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "%s")
                public class %s {
                  @jakarta.persistence.Id private Long id;
                }
                """.formatted(qualifiedName.substring(0, dot), table, qualifiedName.substring(dot + 1)));
    }

    @Test
    void eachDatabaseGetsItsOwnSnapshotAndSubpackagesFollowTheNearestDatabase() {
        Compilation compilation = Sources.compile(
                Sources.database("com.optionsdeep.equities", "equities"),
                Sources.database("com.optionsdeep.algorithms", "algorithms"),
                Sources.database("com.optionsdeep.algorithms.legacy", "legacy"),
                entity("com.optionsdeep.equities.Company", "companies"),
                entity("com.optionsdeep.equities.prices.StockPrice", "stock_prices"),
                entity("com.optionsdeep.algorithms.Strategy", "strategies"),
                entity("com.optionsdeep.algorithms.legacy.OldStrategy", "old_strategies"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/equities.schema.json")
                .contentsAsUtf8String().isEqualTo(onlyIds("equities", "companies", "stock_prices"));
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/algorithms.schema.json")
                .contentsAsUtf8String().isEqualTo(onlyIds("algorithms", "strategies"));
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/legacy.schema.json")
                .contentsAsUtf8String().isEqualTo(onlyIds("legacy", "old_strategies"));
        assertEquals(3, compilation.generatedFiles().stream().filter(f -> f.getName().endsWith(".schema.json")).count());
    }

    @Test
    void entitiesWithoutDatabaseGoToTheDefaultDatabase() {
        Compilation compilation = Sources.compile(entity("com.example.Company", "companies"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/default.schema.json")
                .contentsAsUtf8String().isEqualTo(onlyIds("default", "companies"));
    }

    @Test
    void javaxPersistenceEntitiesMapLikeJakartaOnes() {
        List<JavaFileObject> sources = new ArrayList<>(JavaxPersistence.api());
        sources.add(Sources.source("com.example.Company", """
                package com.example;

                import javax.persistence.*;

                @Entity
                @Table(name = "companies", indexes = @Index(name = "ix_companies_ticker", columnList = "ticker", unique = true))
                public class Company {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                  @Column(nullable = false, length = 20) private String ticker;
                  @Column(unique = true) private String isin;
                  @Transient private String display;
                }
                """));

        Compilation compilation = Sources.compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/default.schema.json")
                .contentsAsUtf8String().isEqualTo("""
                        {
                          "format": 1,
                          "database": "default",
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
                                  "name": "isin",
                                  "type": "character varying(255)",
                                  "nullable": true
                                }
                              ],
                              "primaryKey": {
                                "name": "companies_pkey",
                                "columns": ["id"]
                              },
                              "uniqueConstraints": [
                                {
                                  "name": "companies_isin_key",
                                  "columns": ["isin"]
                                },
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

    @Test
    void noEntitiesNoSnapshot() {
        Compilation compilation = Sources.compileWithoutOptions(Sources.database("com.example", "equities"),
                Sources.source("com.example.Plain", "package com.example; public class Plain {}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(compilation.generatedFiles().stream().noneMatch(f -> f.getName().endsWith(".schema.json")));
    }

    @Test
    void theSameModelGivesTheSameBytesWhateverTheOrderOfSources() {
        List<JavaFileObject> sources = List.of(
                Sources.database("com.optionsdeep.equities", "equities"),
                CompanySnapshotTest.COMPANY,
                entity("com.optionsdeep.equities.StockPrice", "stock_prices"),
                entity("com.optionsdeep.equities.Exchange", "exchanges"),
                Sources.source("com.optionsdeep.equities.Listing", """
                        package com.optionsdeep.equities;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(indexes = {@Index(columnList = "venue"), @Index(columnList = "symbol DESC")},
                               uniqueConstraints = {@UniqueConstraint(columnNames = {"venue", "symbol"}),
                                                    @UniqueConstraint(name = "a_listing_key", columnNames = "isin")})
                        public class Listing {
                          @Id private Long id;
                          @Column(unique = true) private String symbol;
                          private String venue;
                          private String isin;
                        }
                        """));
        List<JavaFileObject> reversed = new ArrayList<>(sources);
        java.util.Collections.reverse(reversed);

        String forwards = Sources.snapshot(Sources.compile(sources), "equities");
        String backwards = Sources.snapshot(Sources.compile(reversed), "equities");

        assertEquals(forwards, backwards);
        assertTrue(forwards.indexOf("\"companies\"") < forwards.indexOf("\"exchanges\""), "tables sorted by name");
    }

    /** A snapshot of tables that each have only {@code id bigint} as primary key. */
    private static String onlyIds(String database, String... tables) {
        StringBuilder out = new StringBuilder("{\n  \"format\": 1,\n  \"database\": \"" + database + "\",\n  \"tables\": [\n");
        for (int i = 0; i < tables.length; i++) {
            out.append("""
                        {
                          "name": "%1$s",
                          "columns": [
                            {
                              "name": "id",
                              "type": "bigint",
                              "nullable": false
                            }
                          ],
                          "primaryKey": {
                            "name": "%1$s_pkey",
                            "columns": ["id"]
                          }
                        }""".formatted(tables[i]).indent(4).stripTrailing())
                    .append(i + 1 < tables.length ? ",\n" : "\n");
        }
        return out.append("  ]\n}\n").toString();
    }
}
