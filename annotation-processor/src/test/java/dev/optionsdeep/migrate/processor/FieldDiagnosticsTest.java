package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per diagnostic about a field: the code, and the line the caret lands on. */
class FieldDiagnosticsTest {

    @Test
    void unsupportedTypeNamesTheTypeAndTheSupportedOnes() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private Thread score;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-101] Company.score has type java.lang.Thread")
                .inFile(src).onLineContaining("private Thread score");
        assertThat(compilation).hadErrorContaining("Supported types: String, Long/long, Integer/int");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void tableGenerationOnAStringIdIsReported() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id
                  @GeneratedValue(strategy = GenerationType.TABLE)
                  private String id;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-103] @GeneratedValue(strategy = GenerationType.TABLE) on"
                + " Company.id is not supported yet: a generator table needs a Long, Integer or Short id")
                .inFile(src).onLineContaining("GenerationType.TABLE");
        assertThat(compilation).hadErrorContaining("Use GenerationType.IDENTITY or SEQUENCE on a Long id");
    }

    @Test
    void anIdentityIdLeftUnboundByARawSuperclassNamesTheTypeArgumentToGive() {
        JavaFileObject base = Sources.source("com.example.Persistable", """
                package com.example;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Persistable<T extends java.io.Serializable> {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                  private T id;
                }
                """);
        JavaFileObject src = Sources.entity("Currency", """
                @Entity
                public class Currency extends Persistable {
                  private String code;
                }
                """);

        Compilation compilation = Sources.compileStrict(base, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-103] @GeneratedValue(strategy = GenerationType.IDENTITY) on"
                + " Currency.id is not supported yet: an identity column needs a Long, Integer or Short id, not"
                + " java.io.Serializable: its type is the type variable T of Persistable, unbound because Currency"
                + " extends Persistable without its type argument (a raw type), on which Hibernate's own start fails"
                + " too (\"unbound type\"). Give the type argument, such as extends Persistable<Long>");
    }

    @Test
    void enumeratedOnSomethingElseThanAnEnumIsReported() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Enumerated(EnumType.STRING) private String kind;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-104] @Enumerated on Company.kind needs an enum,"
                + " but its type is java.lang.String: Hibernate refuses to start. Remove @Enumerated, or change the"
                + " type to an enum").inFile(src).onLineContaining("@Enumerated");
    }

    @Test
    void twoFieldsOnOneColumnAreReportedAtTheSecond() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private String ticker;
                  @Column(name = "TICKER") private String symbol;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-109] Company.symbol maps to column ticker, like"
                + " Company.ticker").inFile(src).onLineContaining("private String symbol");
    }

    @Test
    void aColumnDefinitionSayingNullOnAColumnThatIsNotNullIsRejected() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Column(columnDefinition = "text null", nullable = false) private String notes;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-112] @Column(columnDefinition = \"text null\","
                + " nullable = false) on Company.notes says both NULL and NOT NULL").inFile(src)
                .onLineContaining("text null");
    }

    @Test
    void sizesBesideAColumnDefinitionGiveAWarning() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Column(columnDefinition = "numeric(10,2)", precision = 5) private BigDecimal price;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadWarningContaining("[MIGRATE-201] @Column(precision = 5) on Company.price"
                + " has no effect: columnDefinition gives the whole type").inFile(src).onLineContaining("precision = 5");
    }

    @Test
    void aColumnNameWhoseCaseDependsOnTheHibernateVersionIsRejected() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Column(name = "Price$Usd") private BigDecimal price;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-111] The column name \"Price$Usd\"")
                .inFile(src).onLineContaining("Price$Usd");
    }

    @Test
    void invalidSizesAreRejectedAtTheAttribute() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Column(
                      length = 0)
                  private String ticker;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-112] @Column(length = 0) on Company.ticker")
                .inFile(src).onLineContaining("length = 0");
    }

    @Test
    void attributesHibernateIgnoresGiveAWarning() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Column(scale = 4) private BigDecimal price;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-201] @Column(scale = 4) on Company.price has no effect"
                + " without a precision").inFile(src).onLineContaining("scale = 4");
        assertTrue(Sources.snapshot(compilation, "default").contains("numeric(38,2)"), "as Hibernate creates it");
    }

    @Test
    void aPrimitiveWithAColumnThatAllowsNullGivesAWarning() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Column(name = "is_active") private boolean active;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-202] Company.active is a primitive boolean, yet its"
                + " column is nullable").inFile(src).onLineContaining("is_active");
    }

    /**
     * Hibernate 3 and 4's field-level {@code @org.hibernate.annotations.Index(name, columnNames)} (gone in Hibernate 6,
     * here a stand-in, as Broadleaf Commerce's model carries it): the message says where the index goes instead.
     */
    @Test
    void hibernatesFieldLevelIndexAdvisesTheTablesIndexes() {
        JavaFileObject index = Sources.source("org.hibernate.annotations.Index", """
                package org.hibernate.annotations;
                public @interface Index { String name(); String[] columnNames() default {}; }
                """);
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @org.hibernate.annotations.Index(name = "company_code_index", columnNames = "code")
                  private String code;
                }
                """);

        Compilation compilation = Sources.compileStrict(index, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-104] @Index on Company.code (Hibernate's, which Hibernate 6"
                + " no longer has) is not mapped by Migrate. Declare the index on the entity instead: @Table(indexes ="
                + " @Index(name = \"…\", columnList = \"<its column>\")) with Jakarta Persistence's @Index, which"
                + " Migrate maps, and remove this one").inFile(src).onLineContaining("company_code_index");
        assertThat(compilation).hadErrorCount(1);
    }

    /** Hibernate writes float(p) in bits for a precision in decimal digits; PostgreSQL refuses more than 53 bits. */
    @Test
    void aFloatingPointPrecisionAbove15DigitsIsRejectedAsHibernatesOwnDdlFails() {
        JavaFileObject src = Sources.entity("Frequency", """
                @Entity
                public class Frequency {
                  @Id private Long id;
                  @Column(precision = 22) private Double perDay;
                  @Column(precision = 7) private Double dose;
                  @Column(precision = 8) private Float ratio;
                }
                """);

        Compilation compilation = Sources.compile(src);
        assertThat(compilation).hadWarningContaining("[MIGRATE-112] @Column(precision = 22) on Frequency.perDay makes"
                + " Hibernate write float(74)").inFile(src).onLineContaining("precision = 22");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void aFloatingPointPrecisionChoosesRealOrDoublePrecision() {
        String described = Sources.describe(Sources.compileStrict(Sources.entity("Reading", """
                @Entity
                public class Reading {
                  @Id private Long id;
                  @Column(precision = 7) private Double dose;
                  @Column(precision = 8) private Float ratio;
                }
                """)), "default");
        assertTrue(described.contains("  dose real null\n") && described.contains("  ratio double precision null\n"),
                described);
    }
}
