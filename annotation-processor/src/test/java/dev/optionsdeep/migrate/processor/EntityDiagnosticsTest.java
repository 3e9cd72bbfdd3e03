package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-102] @Entity Company has no @Id attribute")
                .inFile(src).onLineContaining("@Entity");
    }

    @Test
    void aDiscriminatorColumnInAJoinedHierarchyIsNotSupportedYetAndReportedOnceAtTheRoot() {
        JavaFileObject root = Sources.entity("Instrument", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                @DiscriminatorColumn(name = "kind")
                public class Instrument {
                  @Id private Long id;
                }
                """);
        JavaFileObject sub = Sources.entity("Option", """
                @Entity
                public class Option extends Instrument {
                  private BigDecimal strike;
                }
                """);

        Compilation compilation = Sources.compileStrict(root, sub);

        assertThat(compilation).hadErrorContaining("[MIGRATE-119] @DiscriminatorColumn on @Entity Instrument makes"
                + " Hibernate add a discriminator column to its JOINED hierarchy, which Migrate does not map yet."
                + " Remove it: JOINED inheritance needs none").inFile(root).onLineContaining("@DiscriminatorColumn");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anIdInAJoinedSubclassIsAnError() {
        JavaFileObject root = Sources.entity("Instrument", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Instrument {
                  @Id private Long id;
                }
                """);
        JavaFileObject sub = Sources.entity("Option", """
                @Entity
                public class Option extends Instrument {
                  @Id
                  private Long optionId;
                }
                """);

        Compilation compilation = Sources.compileStrict(root, sub);

        assertThat(compilation).hadErrorContaining("[MIGRATE-119] @Id on Option.optionId: in a JOINED hierarchy the"
                + " key of every table is the root's").inFile(sub).onLineContaining("@Id");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aDiscriminatorColumnOnAJoinedEntityWithoutSubclassesMapsAsASingleTableRootAlone() {
        JavaFileObject src = Sources.entity("Instrument", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                @DiscriminatorColumn(name = "kind")
                public class Instrument {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).succeededWithoutWarnings();
        // Hibernate 7.4 as 7.2 (6.6 has no check): the column, not null, checked against the one value.
        assertEquals("""
                table instrument
                  id bigint not null
                  kind character varying(31) not null
                  primary key instrument_pkey [id]
                  check instrument_kind_check kind in ('Instrument')
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void identityIdsAreRejectedInATablePerClassHierarchyAsHibernateRefusesThem() {
        JavaFileObject root = Sources.entity("Account", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Account {
                  @Id
                  @GeneratedValue(strategy = GenerationType.IDENTITY)
                  private Long id;
                }
                """);
        JavaFileObject sub = Sources.entity("Savings", """
                @Entity
                public class Savings extends Account {
                  private BigDecimal rate;
                }
                """);

        Compilation compilation = Sources.compileStrict(root, sub);

        assertThat(compilation).hadErrorContaining("[MIGRATE-103] The id Savings.id is an identity column, which"
                + " Hibernate refuses in a @Inheritance(strategy = TABLE_PER_CLASS) hierarchy").inFile(root)
                .onLineContaining("GenerationType.IDENTITY");
        assertThat(compilation).hadErrorContaining("Use a UUID id (@Id @GeneratedValue(strategy ="
                + " GenerationType.UUID) private UUID id), or assign the ids yourself");
    }

    @Test
    void anInheritanceStrategyOnASubclassIsIgnoredWithAWarningAsHibernateIgnoresIt() {
        JavaFileObject root = Sources.entity("Account", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Account {
                  @Id private UUID id;
                }
                """);
        JavaFileObject sub = Sources.entity("Savings", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Savings extends Account {
                  private BigDecimal rate;
                }
                """);

        Compilation compilation = Sources.compileStrict(root, sub);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-201] @Inheritance on Savings has no effect: a hierarchy"
                + " has the strategy of its root entity, Account (TABLE_PER_CLASS)").inFile(sub)
                .onLineContaining("@Inheritance");
    }

    @Test
    void anAttributeOverrideOnTheClassThatMatchesNothingIsAWarningAsHibernateIgnoresIt() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @AttributeOverride(name = "tickr", column = @Column(name = "symbol"))
                public class Company {
                  @Id private Long id;
                  private String ticker;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-201] @AttributeOverride(name = \"tickr\") on Company"
                + " matches no basic attribute of Company (it would be tickr; the attributes are id, ticker): Hibernate"
                + " ignores it").inFile(src).onLineContaining("tickr");
    }

    @Test
    void anAttributeOverrideOfAnAttributeInheritedFromAnEntityIsRejectedAsHibernateRefusesIt() {
        JavaFileObject root = Sources.entity("Account", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Account {
                  @Id private UUID id;
                  private String owner;
                }
                """);
        JavaFileObject sub = Sources.entity("Savings", """
                @Entity
                @AttributeOverride(name = "owner", column = @Column(name = "holder"))
                public class Savings extends Account {
                  private BigDecimal rate;
                }
                """);

        assertThat(Sources.compileStrict(root, sub)).hadErrorContaining("[MIGRATE-120] @AttributeOverride(name = \"owner\")"
                + " on Savings overrides owner, which Savings inherits from the entity Account: Hibernate refuses that")
                .inFile(sub).onLineContaining("@AttributeOverride");
    }

    @Test
    void anUnsupportedAnnotationOnAMappedSuperclassIsReportedThere() {
        JavaFileObject base = Sources.entity("Base", """
                @MappedSuperclass
                @Table(name = "bases")
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

        assertThat(Sources.compileStrict(base, src)).hadErrorContaining("[MIGRATE-105] @Table on @MappedSuperclass Base"
                + " (inherited by @Entity Company) is not supported yet").inFile(base).onLineContaining("@Table");
    }

    /** An id class a mapped superclass names keys each entity extending it by the superclass's id attributes. */
    @Test
    void anIdClassOnAMappedSuperclassKeysTheEntitiesExtendingIt() {
        JavaFileObject key = Sources.entity("ReadingKey", """
                public class ReadingKey implements java.io.Serializable {
                  String sensor;
                  java.time.LocalDateTime takenAt;
                }
                """);
        JavaFileObject base = Sources.entity("Reading", """
                @MappedSuperclass
                @IdClass(ReadingKey.class)
                public abstract class Reading {
                  @Id @Column(length = 36) private String sensor;
                  @Id private java.time.LocalDateTime takenAt;
                  private double level;
                }
                """);
        JavaFileObject src = Sources.entity("RainReading", """
                @Entity
                public class RainReading extends Reading {
                }
                """);

        Compilation compilation = Sources.compileStrict(key, base, src);

        assertThat(compilation).succeededWithoutWarnings();
        org.junit.jupiter.api.Assertions.assertEquals("""
                table rainreading
                  sensor character varying(36) not null
                  takenat timestamp(6) without time zone not null
                  level double precision not null
                  primary key rainreading_pkey [takenat, sensor]
                """, Sources.describe(compilation, "default"));
    }

    /** Hibernate 6.5 and later generate one part of a composite key (CorpusParityIT's genpart model); two are refused. */
    @Test
    void twoGeneratedPartsOfACompositeIdAreNotSupported() {
        JavaFileObject src = Sources.entity("Listing", """
                @Entity
                public class Listing {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long venue;
                  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)
                  private Long sequenceNumber;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-106] @GeneratedValue on Listing.sequenceNumber:"
                + " the composite id of Listing already generates venue, and Migrate maps one generated part of a key"
                + " only").inFile(src).onLineContaining("GenerationType.SEQUENCE");
    }

    /** Hibernate 7.2 fails to start on an identity part of a composite key, which 6.6 and 7.4 create (HibernateLinesIT). */
    @Test
    void anIdentityPartOfACompositeIdIsRefusedForHibernate72() {
        JavaFileObject src = Sources.entity("Job", """
                @Entity
                public class Job {
                  @Id private Integer partitionId;
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                  private Long id;
                }
                """);

        assertThat(Sources.compileWith(java.util.List.of("-Amigrate.hibernate=7.2", "-Amigrate.strict=true"), src))
                .hadErrorContaining("[MIGRATE-103] @GeneratedValue(strategy = GenerationType.IDENTITY) on Job.id, part"
                        + " of a composite id: Hibernate 7.2 refuses to start").inFile(src)
                .onLineContaining("GenerationType.IDENTITY");
        assertThat(Sources.compileStrict(src)).succeeded();
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

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-107] @Index(columnList) of Company names the"
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

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-107] @UniqueConstraint(columnNames) of Company"
                + " names the column \"Ticker\"").inFile(src).onLineContaining("columnNames");
        assertThat(Sources.compileStrict(src)).hadErrorContaining("PostgreSQL reads the unquoted name Ticker as ticker");
    }

    @Test
    void twoEntitiesOnOneTableThatMapAColumnDifferentlyAreReportedAtTheSecond() {
        JavaFileObject first = Sources.entity("Company", """
                @Entity
                @Table(name = "companies")
                public class Company {
                  @Id private Long id;
                  private String name;
                }
                """);
        JavaFileObject second = Sources.entity("Issuer", """
                @Entity
                @Table(name = "COMPANIES")
                public class Issuer {
                  @Id private Long id;
                  @Column(nullable = false) private String name;
                }
                """);

        Compilation compilation = Sources.compileStrict(second, first);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108] @Entity Issuer maps to table companies of database"
                + " default, which @Entity com.example.Company also maps to. Hibernate makes one table of them, keeping"
                + " for a column both map the definition of the entity it registers first, an order a compiler cannot"
                + " see: column name is 'name character varying(255) not null' in Issuer and 'name character"
                + " varying(255) null' in Company. Map it alike in both").inFile(second).onLineContaining("@Entity");
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

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-111] The table name \"Model$Company\"")
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

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-113]").inFile(src).onLineContaining("@Entity");
    }

    @Test
    void anInvalidDatabaseNameIsReportedOnceAtThePackage() {
        JavaFileObject pkg = Sources.database("com.example", "equities/prod");
        JavaFileObject a = Sources.entity("Company", "@Entity public class Company { @Id private Long id; }");
        JavaFileObject b = Sources.entity("Exchange", "@Entity public class Exchange { @Id private Long id; }");

        Compilation compilation = Sources.compileStrict(pkg, a, b);

        assertThat(compilation).hadErrorContaining("[MIGRATE-114] @Database(\"equities/prod\") on package com.example")
                .inFile(pkg).onLineContaining("@dev.optionsdeep.migrate.Database");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aGetterWithoutSetterIsRejectedUnderPropertyAccessAsHibernateFailsAtStartUp() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  private Long id;
                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }
                  public String getDisplayName() { return "#" + id; }
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-121] Company.getDisplayName() is a persistent property"
                + " under property access, but Company has no setter for it").inFile(src)
                .onLineContaining("getDisplayName");
        assertThat(compilation).hadErrorContaining("Add a setter setDisplayName(…), or mark the getter @Transient");
    }

    @Test
    void twoGettersOfOnePropertyAreRejectedAsHibernateFindsThemAmbiguous() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @Access(AccessType.PROPERTY)
                public class Company {
                  private Long id;
                  private Boolean listed;
                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }
                  public Boolean getListed() { return listed; }
                  public Boolean isListed() { return listed; }
                  public void setListed(Boolean listed) { this.listed = listed; }
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-121] Company.getListed() and isListed() are both"
                + " getters of the property listed").inFile(src).onLineContaining("isListed");
    }

    @Test
    void mappingAnnotationsTheAccessTypeIgnoresGiveAWarning() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  private Long id;
                  @Column(length = 20) private String ticker;
                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }
                  public String getTicker() { return ticker; }
                  public void setTicker(String ticker) { this.ticker = ticker; }
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-201] @Column on Company.ticker has no effect: Company"
                + " uses property access (getters)").inFile(src).onLineContaining("length = 20");
        assertTrue(Sources.snapshot(compilation, "default").contains("character varying(255)"), "as Hibernate creates it");
    }

    @Test
    void anEntityMustBeAClass() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public interface Company {
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-116] @Entity Company is an interface")
                .inFile(src).onLineContaining("@Entity");
    }

    @Test
    void oneBadEntityIsAbandonedAloneAndTheOthersAreStillChecked() {
        JavaFileObject bad = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private Thread score;
                }
                """);
        JavaFileObject alsoBad = Sources.entity("Exchange", """
                @Entity
                public class Exchange {
                  private String code;
                }
                """);
        JavaFileObject good = Sources.entity("Venue", "@Entity public class Venue { @Id private Long id; }");

        Compilation compilation = Sources.compileStrict(bad, alsoBad, good);

        assertThat(compilation).hadErrorContaining("[MIGRATE-101]").inFile(bad).onLineContaining("score");
        assertThat(compilation).hadErrorContaining("[MIGRATE-102]").inFile(alsoBad).onLineContaining("@Entity");
        assertThat(compilation).hadErrorCount(2);
    }

    /**
     * Hibernate 3 and 4's {@code @org.hibernate.annotations.Table(appliesTo, indexes)} (its {@code indexes} gone in
     * Hibernate 6, here a stand-in, as Broadleaf Commerce's model carries it): the message says where they go instead.
     */
    @Test
    void hibernatesTableWithIndexesAdvisesTheJpaTablesIndexes() {
        JavaFileObject annotations = Sources.source("org.hibernate.annotations.Table", """
                package org.hibernate.annotations;
                public @interface Table { String appliesTo(); Index[] indexes() default {}; }
                """);
        JavaFileObject index = Sources.source("org.hibernate.annotations.Index", """
                package org.hibernate.annotations;
                public @interface Index { String name(); String[] columnNames() default {}; }
                """);
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @org.hibernate.annotations.Table(appliesTo = "Company", indexes = {
                    @org.hibernate.annotations.Index(name = "company_code_index", columnNames = "code")})
                public class Company {
                  @Id private Long id;
                  private String code;
                }
                """);

        Compilation compilation = Sources.compileStrict(annotations, index, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-105] @Table on @Entity Company (Hibernate's @Table(appliesTo,"
                + " indexes), whose indexes Hibernate 6 no longer reads) is not mapped by Migrate. Move its indexes to"
                + " Jakarta Persistence's @Table(indexes = @Index(name = \"…\", columnList = \"…\")), which Migrate"
                + " maps, and remove this one").inFile(src).onLineContaining("appliesTo");
    }
}
