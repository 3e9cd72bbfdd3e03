package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden snapshots for mapped superclasses and embeddables. Each expectation was checked against
 * the DDL Hibernate ORM 7.4 exports for the same entities with PostgreSQLDialect.
 */
class StructureSnapshotTest {

    @Test
    void mappedSuperclassesContributeTheirAttributesAndPlainSuperclassesNothing() {
        JavaFileObject auditable = Sources.entity("Auditable", """
                @MappedSuperclass
                public abstract class Auditable {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                  @Column(nullable = false, length = 40) private String createdBy;
                  private int revision;
                }
                """);
        JavaFileObject plain = Sources.entity("Plain", """
                public abstract class Plain extends Auditable {
                  private String notMapped;
                }
                """);
        JavaFileObject named = Sources.entity("Named", """
                @MappedSuperclass
                public abstract class Named extends Plain {
                  @Column(length = 80) private String name;
                }
                """);
        JavaFileObject company = Sources.entity("Company", """
                @Entity
                @AttributeOverride(name = "createdBy", column = @Column(name = "author", length = 60))
                public class Company extends Named {
                  private String ticker;
                }
                """);

        Compilation compilation = Sources.compile(auditable, plain, named, company);

        assertThat(compilation).succeededWithoutWarnings();
        // The override's @Column replaces the inherited one whole: author is nullable again.
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/default.schema.json")
                .contentsAsUtf8String().isEqualTo("""
                        {
                          "format": 1,
                          "database": "default",
                          "tables": [
                            {
                              "name": "company",
                              "columns": [
                                {
                                  "name": "id",
                                  "type": "bigint",
                                  "nullable": false,
                                  "identity": true
                                },
                                {
                                  "name": "author",
                                  "type": "character varying(60)",
                                  "nullable": true
                                },
                                {
                                  "name": "revision",
                                  "type": "integer",
                                  "nullable": false
                                },
                                {
                                  "name": "name",
                                  "type": "character varying(80)",
                                  "nullable": true
                                },
                                {
                                  "name": "ticker",
                                  "type": "character varying(255)",
                                  "nullable": true
                                }
                              ],
                              "primaryKey": {
                                "name": "company_pkey",
                                "columns": ["id"]
                              }
                            }
                          ]
                        }
                        """);
    }

    @Test
    void embeddedAttributesBecomeColumnsNamedAfterTheirAttributesWithOverridesAndNullablePrimitives() {
        JavaFileObject address = Sources.entity("Address", """
                @Embeddable
                public class Address {
                  private String street;
                  @Column(name = "zip_code", length = 10, nullable = false) private String zip;
                  private int houseNumber;
                  private GeoPoint geo;
                }
                """);
        JavaFileObject geo = Sources.entity("GeoPoint", """
                @Embeddable
                public class GeoPoint {
                  private double lat;
                  private Double lon;
                }
                """);
        JavaFileObject amount = Sources.entity("Amount", """
                @MappedSuperclass
                public abstract class Amount {
                  @Column(length = 3) private String currency;
                }
                """);
        JavaFileObject money = Sources.entity("Money", """
                @Embeddable
                public class Money extends Amount {
                  @Basic(optional = false) private BigDecimal value;
                  @Column(nullable = false) private boolean rounded;
                  private transient int cache;
                }
                """);
        JavaFileObject company = Sources.entity("Company", """
                @Entity
                @AttributeOverride(name = "work.geo.lat", column = @Column(name = "work_lat"))
                @Table(indexes = @Index(columnList = "zip_code"), uniqueConstraints = @UniqueConstraint(columnNames = "work_zip"))
                public class Company {
                  @Id private Long id;
                  @Embedded private Address home;
                  @AttributeOverride(name = "street", column = @Column(name = "work_street"))
                  @AttributeOverride(name = "zip", column = @Column(name = "work_zip"))
                  @AttributeOverride(name = "houseNumber", column = @Column(name = "work_no"))
                  @AttributeOverride(name = "geo.lat", column = @Column(name = "ignored_as_the_entity_wins"))
                  @AttributeOverride(name = "geo.lon", column = @Column(name = "work_lon"))
                  private Address work;
                  @AttributeOverride(name = "value", column = @Column(name = "price_value", precision = 10, scale = 2))
                  @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
                  @AttributeOverride(name = "rounded", column = @Column(name = "price_rounded"))
                  private Money price;
                }
                """);

        Compilation compilation = Sources.compile(address, geo, amount, money, company);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table company
                  id bigint not null
                  street character varying(255) null
                  zip_code character varying(10) not null
                  housenumber integer null
                  lat double precision null
                  lon double precision null
                  work_street character varying(255) null
                  work_zip character varying(255) null
                  work_no integer null
                  work_lat double precision null
                  work_lon double precision null
                  price_currency character varying(255) null
                  price_value numeric(10,2) not null
                  price_rounded boolean null
                  primary key company_pkey [id]
                  unique company_work_zip_key [work_zip]
                  index company_zip_code_idx [zip_code]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void anEmbeddedClassNeedsNoEmbeddableAnnotationWhenTheAttributeSaysEmbedded() {
        JavaFileObject range = Sources.source("com.example.Range", """
                package com.example;
                public class Range {
                  private Integer low;
                  private int high;
                }
                """);
        JavaFileObject company = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Embedded private Range band;
                }
                """);

        Compilation compilation = Sources.compile(range, company);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table company
                  id bigint not null
                  low integer null
                  high integer null
                  primary key company_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void typeVariablesOfAGenericMappedSuperclassTakeTheirValuesFromTheEntity() {
        JavaFileObject base = Sources.entity("Base", """
                @MappedSuperclass
                public abstract class Base<ID, V> {
                  @Id private ID id;
                  private V value;
                  private Wrapper<V> wrapped;
                }
                """);
        JavaFileObject wrapper = Sources.entity("Wrapper", """
                @Embeddable
                public class Wrapper<T> {
                  private T content;
                }
                """);
        JavaFileObject company = Sources.entity("Company", """
                @Entity
                public class Company extends Base<Long, BigDecimal> {
                }
                """);

        Compilation compilation = Sources.compile(base, wrapper, company);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table company
                  id bigint not null
                  value numeric(38,2) null
                  content numeric(38,2) null
                  primary key company_pkey [id]
                """, Sources.describe(compilation, "default"));
    }
}
