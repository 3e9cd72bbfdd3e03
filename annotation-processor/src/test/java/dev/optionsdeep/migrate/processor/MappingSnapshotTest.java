package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.StandardLocation;

import static com.google.testing.compile.CompilationSubject.assertThat;

/**
 * Golden snapshots for every supported type, nullability rule, name rule and constraint. Each
 * expectation was checked against the DDL that Hibernate ORM 6.6.13 and 7.0.0 export for the same
 * entity with PostgreSQLDialect.
 */
class MappingSnapshotTest {

    @Test
    void everySupportedTypeMapsAsHibernateMapsItOnPostgresql() {
        Compilation compilation = Sources.compile(Sources.entity("AllTypes", """
                @Entity
                @Table(name = "all_types")
                public class AllTypes {
                  @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;
                  private String text;
                  @Column(length = 20) private String shortText;
                  @Column(length = 20000000) private String hugeText;
                  private Long boxedLong;
                  private long primitiveLong;
                  private Integer boxedInt;
                  private int primitiveInt;
                  private Short boxedShort;
                  private short primitiveShort;
                  private Boolean boxedBoolean;
                  private boolean primitiveBoolean;
                  private BigDecimal amount;
                  @Column(precision = 10) private BigDecimal wholeAmount;
                  @Column(precision = 12, scale = 4) private BigDecimal price;
                  private LocalDate tradeDate;
                  private LocalDateTime localDateTime;
                  @Column(secondPrecision = 3) private LocalDateTime millis;
                  private Instant instant;
                  private OffsetDateTime offsetTime;
                  private UUID reference;
                  @Basic(optional = false) private String required;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/default.schema.json")
                .contentsAsUtf8String().isEqualTo("""
                        {
                          "format": 1,
                          "database": "default",
                          "tables": [
                            {
                              "name": "all_types",
                              "columns": [
                                {
                                  "name": "id",
                                  "type": "uuid",
                                  "nullable": false
                                },
                                {
                                  "name": "text",
                                  "type": "character varying(255)",
                                  "nullable": true
                                },
                                {
                                  "name": "shorttext",
                                  "type": "character varying(20)",
                                  "nullable": true
                                },
                                {
                                  "name": "hugetext",
                                  "type": "text",
                                  "nullable": true
                                },
                                {
                                  "name": "boxedlong",
                                  "type": "bigint",
                                  "nullable": true
                                },
                                {
                                  "name": "primitivelong",
                                  "type": "bigint",
                                  "nullable": false
                                },
                                {
                                  "name": "boxedint",
                                  "type": "integer",
                                  "nullable": true
                                },
                                {
                                  "name": "primitiveint",
                                  "type": "integer",
                                  "nullable": false
                                },
                                {
                                  "name": "boxedshort",
                                  "type": "smallint",
                                  "nullable": true
                                },
                                {
                                  "name": "primitiveshort",
                                  "type": "smallint",
                                  "nullable": false
                                },
                                {
                                  "name": "boxedboolean",
                                  "type": "boolean",
                                  "nullable": true
                                },
                                {
                                  "name": "primitiveboolean",
                                  "type": "boolean",
                                  "nullable": false
                                },
                                {
                                  "name": "amount",
                                  "type": "numeric(38,2)",
                                  "nullable": true
                                },
                                {
                                  "name": "wholeamount",
                                  "type": "numeric(10,0)",
                                  "nullable": true
                                },
                                {
                                  "name": "price",
                                  "type": "numeric(12,4)",
                                  "nullable": true
                                },
                                {
                                  "name": "tradedate",
                                  "type": "date",
                                  "nullable": true
                                },
                                {
                                  "name": "localdatetime",
                                  "type": "timestamp(6) without time zone",
                                  "nullable": true
                                },
                                {
                                  "name": "millis",
                                  "type": "timestamp(3) without time zone",
                                  "nullable": true
                                },
                                {
                                  "name": "instant",
                                  "type": "timestamp(6) with time zone",
                                  "nullable": true
                                },
                                {
                                  "name": "offsettime",
                                  "type": "timestamp(6) with time zone",
                                  "nullable": true
                                },
                                {
                                  "name": "reference",
                                  "type": "uuid",
                                  "nullable": true
                                },
                                {
                                  "name": "required",
                                  "type": "character varying(255)",
                                  "nullable": false
                                }
                              ],
                              "primaryKey": {
                                "name": "all_types_pkey",
                                "columns": ["id"]
                              }
                            }
                          ]
                        }
                        """);
    }

    @Test
    void namesFoldToLowerCaseUnlessQuotedAndConstraintsGetPostgresqlStyleNames() {
        Compilation compilation = Sources.compile(Sources.entity("TradeRecord", """
                @Entity(name = "Trade")
                @Table(indexes = {@Index(columnList = "TRADE_DATE DESC, ticker ASC"),
                                  @Index(name = "IX_Trade_Ticker", columnList = "TICKER")},
                       uniqueConstraints = @UniqueConstraint(columnNames = {"ticker", "trade_date"}))
                public class TradeRecord {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
                  @Column(nullable = false, length = 12) private String ticker;
                  @Column(name = "trade_date") private LocalDate tradeDate;
                  @Column(name = "`Venue`", unique = true) private String venue;
                  @Column(name = "a_very_long_column_name_that_goes_on_and_on_past_the_limit_of_postgres", unique = true)
                  private String longName;
                  transient String cache;
                  static int counter;
                  @Transient String derived;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/default.schema.json")
                .contentsAsUtf8String().isEqualTo("""
                        {
                          "format": 1,
                          "database": "default",
                          "tables": [
                            {
                              "name": "trade",
                              "columns": [
                                {
                                  "name": "id",
                                  "type": "integer",
                                  "nullable": false,
                                  "identity": true
                                },
                                {
                                  "name": "ticker",
                                  "type": "character varying(12)",
                                  "nullable": false
                                },
                                {
                                  "name": "trade_date",
                                  "type": "date",
                                  "nullable": true
                                },
                                {
                                  "name": "Venue",
                                  "type": "character varying(255)",
                                  "nullable": true
                                },
                                {
                                  "name": "a_very_long_column_name_that_goes_on_and_on_past_the_limit_of_p",
                                  "type": "character varying(255)",
                                  "nullable": true
                                }
                              ],
                              "primaryKey": {
                                "name": "trade_pkey",
                                "columns": ["id"]
                              },
                              "uniqueConstraints": [
                                {
                                  "name": "trade_Venue_key",
                                  "columns": ["Venue"]
                                },
                                {
                                  "name": "trade_a_very_long_column_name_that_goes_on_and_on_past_the__key",
                                  "columns": ["a_very_long_column_name_that_goes_on_and_on_past_the_limit_of_p"]
                                },
                                {
                                  "name": "trade_ticker_trade_date_key",
                                  "columns": ["ticker", "trade_date"]
                                }
                              ],
                              "indexes": [
                                {
                                  "name": "ix_trade_ticker",
                                  "columns": ["ticker"],
                                  "unique": false
                                },
                                {
                                  "name": "trade_trade_date_ticker_idx",
                                  "columns": ["trade_date DESC", "ticker"],
                                  "unique": false
                                }
                              ]
                            }
                          ]
                        }
                        """);
    }

    @Test
    void nullabilityFollowsHibernateForPrimitivesBasicAndColumn() {
        Compilation compilation = Sources.compile(Sources.entity("Flags", """
                @Entity
                public class Flags {
                  @Id @Column(nullable = true) private long id;
                  private int bare;
                  @Basic private int basic;
                  @Column(nullable = false) private Integer required;
                  @Basic(optional = false) @Column(nullable = true) private String stillRequired;
                  @Column(name = "quoted_table_free") private Boolean optional;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/default.schema.json")
                .contentsAsUtf8String().isEqualTo("""
                        {
                          "format": 1,
                          "database": "default",
                          "tables": [
                            {
                              "name": "flags",
                              "columns": [
                                {
                                  "name": "id",
                                  "type": "bigint",
                                  "nullable": false
                                },
                                {
                                  "name": "bare",
                                  "type": "integer",
                                  "nullable": false
                                },
                                {
                                  "name": "basic",
                                  "type": "integer",
                                  "nullable": false
                                },
                                {
                                  "name": "required",
                                  "type": "integer",
                                  "nullable": false
                                },
                                {
                                  "name": "stillrequired",
                                  "type": "character varying(255)",
                                  "nullable": false
                                },
                                {
                                  "name": "quoted_table_free",
                                  "type": "boolean",
                                  "nullable": true
                                }
                              ],
                              "primaryKey": {
                                "name": "flags_pkey",
                                "columns": ["id"]
                              }
                            }
                          ]
                        }
                        """);
    }
}
