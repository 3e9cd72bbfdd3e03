package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids drawn from generator tables, as Hibernate 7.4 exports them (parity model "tablegen"). */
class TableGeneratorTest {

    @Test
    void tableWithoutGeneratorIsOneSharedHibernateSequencesTable() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Ledger", "@Entity public class Ledger { @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id; }"),
                Sources.entity("Voucher", "@Entity public class Voucher { @Id @GeneratedValue(strategy = GenerationType.TABLE) private Integer id; }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table hibernate_sequences
                  sequence_name character varying(255) not null
                  next_val bigint null
                  primary key hibernate_sequences_pkey [sequence_name]
                table ledger
                  id bigint not null
                  primary key ledger_pkey [id]
                table voucher
                  id integer not null
                  primary key voucher_pkey [id]
                """, Sources.describe(compilation, "default"));
        assertTrue(!Sources.snapshot(compilation, "default").contains("_seq\""), Sources.snapshot(compilation, "default"));
    }

    @Test
    void keyTableOnTheIdAndOnTheClassSharedByTwoGenerators() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Invoice", """
                        @Entity public class Invoice {
                          @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoiceKeys")
                          @TableGenerator(name = "invoiceKeys", table = "KEY_TABLE", pkColumnName = "KEY_NAME",
                              valueColumnName = "NEXT_KEY", pkColumnValue = "INVOICE", allocationSize = 1)
                          private Long id;
                        }"""),
                Sources.entity("Receipt", """
                        @Entity @TableGenerator(name = "receiptKeys", table = "KEY_TABLE", pkColumnName = "KEY_NAME",
                            valueColumnName = "NEXT_KEY", initialValue = 1000)
                        public class Receipt { @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "receiptKeys") private Long id; }"""));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.describe(compilation, "default").contains("""
                table key_table
                  key_name character varying(255) not null
                  next_key bigint null
                  primary key key_table_pkey [key_name]
                """), Sources.describe(compilation, "default"));
    }

    @Test
    void packageGeneratorsByNameAndForUnnamedTableIds() {
        Compilation compilation = Sources.compileStrict(
                Sources.source("com.example.package-info", """
                        @TableGenerator(name = "packageKeys", table = "package_keys", pkColumnName = "gen_name", valueColumnName = "gen_value")
                        package com.example;
                        import jakarta.persistence.TableGenerator;
                        """),
                Sources.entity("Shipment", "@Entity public class Shipment { @Id @GeneratedValue(strategy = GenerationType.TABLE,"
                        + " generator = \"packageKeys\") private Long id; }"),
                Sources.entity("Parcel", "@Entity public class Parcel { @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id; }"));
        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table package_keys
                  gen_name character varying(255) not null
                  gen_value bigint null
                  primary key package_keys_pkey [gen_name]
                """), described);
        assertTrue(!described.contains("hibernate_sequences"), described);
    }

    @Test
    void generatorNamedOnAMappedSuperclassIdAndDeclaredOnEachSubclass() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Stamped", """
                        @MappedSuperclass public abstract class Stamped {
                          @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "TABLE_GEN") private Long id;
                        }"""),
                Sources.entity("Product", """
                        @Entity @TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
                            valueColumnName = "SEQ_COUNT", pkColumnValue = "PRODUCT_SEQ_NEXT_VAL")
                        public class Product extends Stamped { private String sku; }"""),
                Sources.entity("Category", """
                        @Entity @TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
                            valueColumnName = "SEQ_COUNT", pkColumnValue = "CATEGORY_SEQ_NEXT_VAL")
                        public class Category extends Stamped { private String code; }"""));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.describe(compilation, "default").contains("""
                table sm_sequencer
                  seq_name character varying(255) not null
                  seq_count bigint null
                  primary key sm_sequencer_pkey [seq_name]
                """), Sources.describe(compilation, "default"));
    }

    @Test
    void autoNamingATableGeneratorUsesItsTableNamedAfterTheGenerator() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Invoice", """
                @Entity public class Invoice {
                  @Id @GeneratedValue(generator = "autoKeys") @TableGenerator(name = "autoKeys") private Long id;
                }"""));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.describe(compilation, "default").contains("""
                table autokeys
                  sequence_name character varying(255) not null
                  next_val bigint null
                  primary key autokeys_pkey [sequence_name]
                """), Sources.describe(compilation, "default"));
        assertTrue(!Sources.snapshot(compilation, "default").contains("\"start\""), // no sequence
                Sources.snapshot(compilation, "default"));
    }

    @Test
    void sequenceStrategyNamingATableGeneratorIsReported() {
        JavaFileObject src = Sources.entity("Invoice", """
                @Entity public class Invoice {
                  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "keys")
                  @TableGenerator(name = "keys")
                  private Long id;
                }""");
        Compilation compilation = Sources.compileStrict(src);
        assertThat(compilation).hadErrorContaining("[MIGRATE-103] @GeneratedValue(strategy = GenerationType.SEQUENCE) on"
                + " Invoice.id names a @TableGenerator").inFile(src).onLineContaining("GenerationType.SEQUENCE");
    }

    @Test
    void anUnnamedTableIdInAPackageWithSequenceAndTableGeneratorsIsReported() {
        JavaFileObject src = Sources.entity("Parcel",
                "@Entity public class Parcel {\n @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id; }");
        Compilation compilation = Sources.compileStrict(Sources.source("com.example.package-info", """
                @TableGenerator(name = "keys")
                @SequenceGenerator(name = "ids")
                package com.example;
                import jakarta.persistence.SequenceGenerator;
                import jakarta.persistence.TableGenerator;
                """), src);
        assertThat(compilation).hadErrorContaining("[MIGRATE-103] The TABLE id of Parcel names no generator, and its"
                + " package declares both").inFile(src).onLineContaining("GenerationType.TABLE");
    }

    @Test
    void underSnakeCaseTheTableNameIsConvertedButNotTheColumnNames() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=snake_case", "-Amigrate.strict=true"),
                Sources.entity("Invoice", """
                        @Entity public class Invoice {
                          @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
                          @TableGenerator(name = "keys", table = "myKeyTable", pkColumnName = "keyName", valueColumnName = "nextKey")
                          private Long id;
                        }"""));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.describe(compilation, "default").contains("""
                table my_key_table
                  keyname character varying(255) not null
                  nextkey bigint null
                  primary key my_key_table_pkey [keyname]
                """), Sources.describe(compilation, "default"));
    }

    @Test
    void aGeneratorTableNamedLikeAnEntityTableIsReported() {
        JavaFileObject invoice = Sources.entity("Invoice", """
                @Entity public class Invoice {
                  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
                  @TableGenerator(name = "keys", table = "ledger")
                  private Long id;
                }""");
        Compilation compilation = Sources.compileStrict(invoice,
                Sources.entity("Ledger", "@Entity public class Ledger { @Id private Long id; }"));
        assertThat(compilation).hadErrorContaining("[MIGRATE-108] The generator table ledger of Invoice.id is also the"
                + " table of @Entity com.example.Ledger").inFile(invoice).onLineContaining("private Long id");
        assertThat(compilation).hadErrorContaining("@TableGenerator(table = \"...\")");
    }

    @Test
    void twoGeneratorsGivingOneTableDifferentColumnsAreReported() {
        JavaFileObject b = Sources.entity("B", """
                @Entity public class B {
                  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "b")
                  @TableGenerator(name = "b", table = "keys", pkColumnName = "other")
                  private Long id;
                }""");
        Compilation compilation = Sources.compileStrict(Sources.entity("A", """
                @Entity public class A {
                  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "a")
                  @TableGenerator(name = "a", table = "keys")
                  private Long id;
                }"""), b);
        assertThat(compilation).hadErrorContaining("[MIGRATE-108] The generator table keys of");
        assertThat(compilation).hadErrorContaining("Hibernate creates it only once");
    }

    @Test
    void tableGeneratorAttributesNotMappedYetAreReportedAtTheAttribute() {
        JavaFileObject src = Sources.entity("Invoice", """
                @Entity public class Invoice {
                  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
                  @TableGenerator(name = "keys", table = "keys",
                      catalog = "other")
                  private Long id;
                }""");
        Compilation compilation = Sources.compileStrict(src);
        assertThat(compilation).hadErrorContaining("@TableGenerator(catalog = \"other\") is not supported yet by Migrate")
                .inFile(src).onLineContaining("catalog =");
    }

    /** Hibernate 7.4 exports neither (parity model tablegen, TgArchived): said, not refused. */
    @Test
    void tableGeneratorConstraintsAndIndexesAreIgnoredAsHibernateIgnoresThem() {
        JavaFileObject src = Sources.entity("Invoice", """
                @Entity public class Invoice {
                  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
                  @TableGenerator(name = "keys", table = "keys", schema = "ledger",
                      indexes = @Index(columnList = "next_val"))
                  private Long id;
                }""");
        Compilation compilation = Sources.compileStrict(src);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("@TableGenerator(indexes) has no effect")
                .inFile(src).onLineContaining("indexes =");
    }
}
