package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** One test per diagnostic about a whole entity or table: the code, and the line the caret lands on. */
class EntityDiagnosticsTest {

    @Test
    void anEntityWithoutIdIsReportedAtItsEntityAnnotation() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  private String ticker;
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-102] @Entity Company has no @Id field")
                .inFile(src).onLineContaining("@Entity");
    }

    @Test
    void inheritanceIsNotSupportedYet() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Company {
                  @Id private Long id;
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-105] @Inheritance on @Entity Company is not"
                + " supported yet").inFile(src).onLineContaining("@Inheritance");
    }

    @Test
    void aMappedSuperclassIsNotSupportedYet() {
        JavaFileObject base = Sources.entity("Base", """
                @MappedSuperclass
                public abstract class Base {
                  @Id private Long id;
                }
                """);
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company extends Base {
                  private String ticker;
                }
                """);

        assertThat(Sources.compile(base, src)).hadErrorContaining("[MIGRATE-105] @Entity Company extends"
                + " @MappedSuperclass Base").inFile(src).onLineContaining("@Entity");
    }

    @Test
    void severalIdFieldsWithoutIdClassAreNotSupportedYet() {
        JavaFileObject src = Sources.entity("Listing", """
                @Entity
                public class Listing {
                  @Id private String venue;
                  @Id private String symbol;
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-106] @Entity Listing has several @Id fields")
                .inFile(src).onLineContaining("symbol");
    }

    @Test
    void anUnknownColumnInAnIndexIsReportedAtTheIndex() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @Table(name = "companies",
                       indexes = @Index(columnList = "ticker, companyName"))
                public class Company {
                  @Id private Long id;
                  private String ticker;
                  @Column(name = "company_name") private String companyName;
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-107] @Index(columnList) of Company names the"
                + " column \"companyName\", which table companies does not have. Its columns are: id, ticker,"
                + " company_name").inFile(src).onLineContaining("@Index");
    }

    @Test
    void anUnquotedReferenceToAQuotedColumnSaysHowToQuoteIt() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @Table(uniqueConstraints =
                       @UniqueConstraint(columnNames = "Ticker"))
                public class Company {
                  @Id private Long id;
                  @Column(name = "`Ticker`") private String ticker;
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-107] @UniqueConstraint(columnNames) of Company"
                + " names the column \"Ticker\"").inFile(src).onLineContaining("columnNames");
        assertThat(Sources.compile(src)).hadErrorContaining("PostgreSQL reads the unquoted name Ticker as ticker");
    }

    @Test
    void twoEntitiesOnOneTableAreReportedAtTheSecond() {
        JavaFileObject first = Sources.entity("Company", """
                @Entity
                @Table(name = "companies")
                public class Company {
                  @Id private Long id;
                }
                """);
        JavaFileObject second = Sources.entity("Issuer", """
                @Entity
                @Table(name = "COMPANIES")
                public class Issuer {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compile(second, first);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108] @Entity Issuer maps to table companies of database"
                + " default, which @Entity com.example.Company already maps to").inFile(second)
                .onLineContaining("@Entity");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aNestedEntityWithoutTableNameIsRejectedAsItsTableNameDependsOnTheHibernateVersion() {
        JavaFileObject src = Sources.entity("Model", """
                public class Model {
                  @Entity
                  public static class Company {
                    @Id private Long id;
                  }
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-111] The table name \"Model$Company\"")
                .inFile(src).onLineContaining("@Entity");
    }

    @Test
    void twoRelationsOfOneNameAreRejected() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @Table(name = "companies", indexes = @Index(name = "companies_pkey", columnList = "ticker"))
                public class Company {
                  @Id private Long id;
                  private String ticker;
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-113]").inFile(src).onLineContaining("@Entity");
    }

    @Test
    void anInvalidDatabaseNameIsReportedOnceAtThePackage() {
        JavaFileObject pkg = Sources.database("com.example", "equities/prod");
        JavaFileObject a = Sources.entity("Company", "@Entity public class Company { @Id private Long id; }");
        JavaFileObject b = Sources.entity("Exchange", "@Entity public class Exchange { @Id private Long id; }");

        Compilation compilation = Sources.compile(pkg, a, b);

        assertThat(compilation).hadErrorContaining("[MIGRATE-114] @Database(\"equities/prod\") on package com.example")
                .inFile(pkg).onLineContaining("@dev.optionsdeep.migrate.Database");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void propertyAccessIsNotSupportedYet() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  private Long id;
                  @Id
                  public Long getId() { return id; }
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-115] @Id on the method Company.getId()")
                .inFile(src).onLineContaining("@Id");
    }

    @Test
    void anEntityMustBeAClass() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public interface Company {
                }
                """);

        assertThat(Sources.compile(src)).hadErrorContaining("[MIGRATE-116] @Entity Company is an interface")
                .inFile(src).onLineContaining("@Entity");
    }

    @Test
    void oneBadEntityIsAbandonedAloneAndTheOthersAreStillChecked() {
        JavaFileObject bad = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private java.time.YearMonth score;
                }
                """);
        JavaFileObject alsoBad = Sources.entity("Exchange", """
                @Entity
                public class Exchange {
                  private String code;
                }
                """);
        JavaFileObject good = Sources.entity("Venue", "@Entity public class Venue { @Id private Long id; }");

        Compilation compilation = Sources.compile(bad, alsoBad, good);

        assertThat(compilation).hadErrorContaining("[MIGRATE-101]").inFile(bad).onLineContaining("score");
        assertThat(compilation).hadErrorContaining("[MIGRATE-102]").inFile(alsoBad).onLineContaining("@Entity");
        assertThat(compilation).hadErrorCount(2);
    }
}
