package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate 5 and 6 id generators ({@code @GenericGenerator}) and user types ({@code @Type}) as real models use
 * them; the corpus model {@code generic} checks the same against Hibernate 7.4's export.
 */
class GenericGeneratorTest {

    @Test
    void strategiesGiveWhatHibernateCreates() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Ledger", """
                import org.hibernate.annotations.GenericGenerator;
                import org.hibernate.annotations.Parameter;
                @Entity
                @GenericGenerator(name = "ledger_seq", strategy = "enhanced-sequence",
                    parameters = {@Parameter(name = "sequence_name", value = "ledger_ids"),
                                  @Parameter(name = "initial_value", value = "1000"),
                                  @Parameter(name = "increment_size", value = "1")})
                public class Ledger {
                  @Id @GeneratedValue(generator = "ledger_seq") private Long id;
                }
                """), Sources.entity("Voucher", """
                import org.hibernate.annotations.GenericGenerator;
                @Entity
                public class Voucher {
                  @Id @GeneratedValue(generator = "uuid") @GenericGenerator(name = "uuid", strategy = "uuid2")
                  private UUID id;
                }
                """), Sources.entity("Counter", """
                import org.hibernate.annotations.GenericGenerator;
                @Entity
                public class Counter {
                  @Id @GeneratedValue(generator = "counter_inc") @GenericGenerator(name = "counter_inc", strategy = "increment")
                  private Long id;
                }
                """), Sources.entity("Hit", """
                import org.hibernate.annotations.GenericGenerator;
                @Entity
                public class Hit {
                  @Id @GeneratedValue(generator = "id") @GenericGenerator(name = "id", strategy = "identity")
                  private Long id;
                }
                """));
        assertThat(compilation).succeeded();
        assertTrue(compilation.warnings().stream().noneMatch(w -> w.getMessage(null).contains("MIGRATE")),
                compilation.warnings().toString());
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("table voucher\n  id uuid not null\n"), described);
        assertTrue(described.contains("table hit\n  id bigint identity not null\n"), described);
        String snapshot = Sources.snapshot(compilation, "default");
        assertTrue(snapshot.contains("\"ledger_ids\""), snapshot);
        assertTrue(snapshot.contains("1000"), snapshot);
        assertTrue(!snapshot.contains("counter_inc"), "no sequence for a generator counting in Java: " + snapshot);
    }

    /** OpenMRS names its sequences with the older {@code sequence} parameter, which Hibernate reads after {@code sequence_name}. */
    @Test
    void theOlderSequenceParameterNamesTheSequence() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Role", """
                import org.hibernate.annotations.GenericGenerator;
                import org.hibernate.annotations.Parameter;
                @Entity
                public class Role {
                  @Id @GeneratedValue(generator = "role_id_seq")
                  @GenericGenerator(name = "role_id_seq", strategy = "native",
                      parameters = @Parameter(name = "sequence", value = "role_role_id_seq"))
                  private Integer id;
                }
                """), Sources.entity("Term", """
                import org.hibernate.annotations.GenericGenerator;
                import org.hibernate.annotations.Parameter;
                @Entity
                public class Term {
                  @Id @GeneratedValue(generator = "term_gen")
                  @GenericGenerator(name = "term_gen", parameters = {@Parameter(name = "sequence", value = "old_name"),
                      @Parameter(name = "sequence_name", value = "term_ids")})
                  private Integer id;
                }
                """));
        assertThat(compilation).succeeded();
        String snapshot = Sources.snapshot(compilation, "default");
        assertTrue(snapshot.contains("\"role_role_id_seq\"") && !snapshot.contains("\"role_id_seq\""), snapshot);
        assertTrue(snapshot.contains("\"term_ids\"") && !snapshot.contains("old_name"), snapshot);
    }

    /**
     * {@code force_table_use} keeps an enhanced sequence's value in a one-column table (OpenOLAT's hilo ids on every
     * entity): one table for the entities naming it, and one warning about the row Hibernate's export inserts.
     */
    @Test
    void aSequenceForcedOntoATableIsThatTableWithAWarningAboutItsRow() {
        String generator = """
                  @Id @GeneratedValue(generator = "system-uuid")
                  @GenericGenerator(name = "system-uuid", strategy = "enhanced-sequence", parameters = {
                      @Parameter(name = "sequence_name", value = "hibernate_unique_key"),
                      @Parameter(name = "force_table_use", value = "true"),
                      @Parameter(name = "optimizer", value = "legacy-hilo"),
                      @Parameter(name = "value_column", value = "next_hi"),
                      @Parameter(name = "increment_size", value = "32767"),
                      @Parameter(name = "initial_value", value = "32767")})
                  private Long key;
                """;
        String imports = "import org.hibernate.annotations.GenericGenerator;\nimport org.hibernate.annotations.Parameter;\n";
        Compilation compilation = Sources.compile(
                Sources.entity("Course", imports + "@Entity public class Course {\n" + generator + "}\n"),
                Sources.entity("Lesson", imports + "@Entity public class Lesson {\n" + generator + "}\n"));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-206] The id generator of ");
        assertThat(compilation).hadWarningContaining("keeps its next value in the one row of table hibernate_unique_key"
                + " (force_table_use), which Hibernate's export inserts and its generator does not: Migrate creates the"
                + " table, not the row. Insert it in the revision that creates the table: ops.execute(\"insert into"
                + " hibernate_unique_key (next_hi) values (…)\")");
        assertEquals(1, compilation.warnings().stream().filter(w -> w.getMessage(null).contains("MIGRATE-206")).count(),
                "one warning for the table the two entities share: " + compilation.warnings());
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("table hibernate_unique_key\n  next_hi bigint null\n"), described);
        assertTrue(!Sources.snapshot(compilation, "default").contains("\"sequences\""),
                "no sequence: " + Sources.snapshot(compilation, "default"));
        assertEquals(false, Sources.snapshot(compilation, "default").contains("\"problems\""));
    }

    @Test
    void anApplicationsOwnGeneratorIsAPlainColumnWithAWarning() {
        Compilation compilation = Sources.compile(Sources.entity("Order", """
                import org.hibernate.annotations.GenericGenerator;
                @Entity @Table(name = "orders")
                public class Order {
                  @Id @GeneratedValue(generator = "snowflake")
                  @GenericGenerator(name = "snowflake", strategy = "com.acme.SnowflakeGenerator")
                  private Long id;
                }
                """));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-205] @GenericGenerator(com.acme.SnowflakeGenerator) on"
                + " Order.id is an application's own generator");
        assertTrue(Sources.describe(compilation, "default").contains("  id bigint not null\n"));
        assertEquals(false, Sources.snapshot(compilation, "default").contains("\"problems\""));
    }

    /**
     * {@code type =} names the class Hibernate uses, whatever the strategy's default ("native"): an application's own
     * class (HAPI FHIR's sequence generator) is its own generator.
     */
    @Test
    void aGeneratorClassNamedByTypeIsWhatHibernateUses() {
        JavaFileObject generator = Sources.source("com.example.Snowflake", """
                package com.example;
                public class Snowflake implements org.hibernate.id.IdentifierGenerator {
                  public Object generate(org.hibernate.engine.spi.SharedSessionContractImplementor s, Object o) {
                    return 1L;
                  }
                }
                """);
        Compilation compilation = Sources.compile(generator, Sources.entity("Order", """
                import org.hibernate.annotations.GenericGenerator;
                @Entity @Table(name = "orders")
                public class Order {
                  @Id @GeneratedValue(generator = "SEQ_ORDER")
                  @GenericGenerator(name = "SEQ_ORDER", type = Snowflake.class)
                  private Long id;
                }
                """));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-205] @GenericGenerator(com.example.Snowflake) on"
                + " Order.id is an application's own generator");
        assertTrue(!Sources.snapshot(compilation, "default").contains("seq_order"),
                "no sequence for an application's own generator: " + Sources.snapshot(compilation, "default"));
    }

    @Test
    void aSequenceStrategyOnAUuidIdIsReported() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Badge", """
                import org.hibernate.annotations.GenericGenerator;
                @Entity
                public class Badge {
                  @Id @GeneratedValue(generator = "s") @GenericGenerator(name = "s", strategy = "sequence")
                  private UUID id;
                }
                """));
        assertThat(compilation).hadErrorContaining("@GenericGenerator(strategy = \"sequence\") on Badge.id needs a"
                + " Long, Integer or Short id");
    }

    @Test
    void aUserTypeTakesItsColumnFromTheDefinitionAndNeedsOne() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Profile", """
                @Entity
                public class Profile {
                  @Id private Long id;
                  @org.hibernate.annotations.Type(JsonMap.class)
                  @Column(columnDefinition = "jsonb not null") private Map<String, Object> settings;
                  @org.hibernate.annotations.JdbcType(org.hibernate.type.descriptor.jdbc.VarcharJdbcType.class)
                  private String code;
                }
                abstract class JsonMap implements org.hibernate.usertype.UserType<Map<String, Object>> {
                }
                """));
        assertThat(compilation).hadErrorContaining("@JdbcType on Profile.code makes the column whatever the type's own"
                + " code says at run time");
        assertThat(compilation).hadErrorCount(1);
    }

    /** Broadleaf Commerce's id: strategy TABLE beside a @GenericGenerator of Hibernate's enhanced TableGenerator. */
    private static final String TABLE_ID = """
            import org.hibernate.annotations.GenericGenerator;
            import org.hibernate.annotations.Parameter;
            @Entity @Table(name = "code_kind")
            public class CodeKind {
              @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "CodeKindId")
              @GenericGenerator(name = "CodeKindId", strategy = "org.hibernate.id.enhanced.TableGenerator", parameters = {
                  @Parameter(name = "table_name", value = "SEQUENCE_GENERATOR"),
                  @Parameter(name = "segment_column_name", value = "ID_NAME"),
                  @Parameter(name = "value_column_name", value = "ID_VAL"),
                  @Parameter(name = "segment_value", value = "CodeKind")})
              private Long id;
            }
            """;

    /** 7.x looks for a @TableGenerator of the name only, else draws from a table named after the generator. */
    @Test
    void aTableIdBesideAGenericGeneratorDrawsFromATableNamedAfterTheGeneratorOn7() {
        Compilation compilation = Sources.compileStrict(Sources.entity("CodeKind", TABLE_ID));
        assertThat(compilation).succeeded();
        assertTrue(compilation.warnings().stream().noneMatch(w -> w.getMessage(null).contains("MIGRATE")),
                compilation.warnings().toString());
        String schema = Sources.describe(compilation, "default");
        assertTrue(schema.contains("table codekindid"), schema);
        assertEquals(false, schema.contains("sequence_generator"), schema);
    }

    /** 6.6 creates the @GenericGenerator's table, and says that its generator draws from another. */
    @Test
    void aTableIdBesideAGenericGeneratorMapsTheGeneratorsTableOn66WithAWarning() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.hibernate=6.6"),
                Sources.entity("CodeKind", TABLE_ID));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-201] @GeneratedValue(strategy = GenerationType.TABLE) on"
                + " CodeKind.id beside the @GenericGenerator \"CodeKindId\": Hibernate 6.6 creates the"
                + " @GenericGenerator's table, and so does Migrate, yet draws the id from a table named \"CodeKindId\"");
        String schema = Sources.describe(compilation, "default");
        assertTrue(schema.contains("table sequence_generator"), schema);
        assertTrue(schema.contains("id_name character varying(255) not null"), schema);
        assertEquals(false, schema.contains("codekindid"), schema);
    }

    /** The generator's own table, whichever line, when no strategy is written. */
    @Test
    void anEnhancedTableGeneratorMapsItsTable() {
        Compilation compilation = Sources.compileStrict(Sources.entity("PhoneLine", """
                import org.hibernate.annotations.GenericGenerator;
                import org.hibernate.annotations.Parameter;
                @Entity
                public class PhoneLine {
                  @Id @GeneratedValue(generator = "phone_ids")
                  @GenericGenerator(name = "phone_ids", strategy = "enhanced-table", parameters = {
                      @Parameter(name = "segment_value_length", value = "100")})
                  private Integer id;
                }
                """));
        assertThat(compilation).succeeded();
        assertTrue(compilation.warnings().stream().noneMatch(w -> w.getMessage(null).contains("MIGRATE")),
                compilation.warnings().toString());
        String schema = Sources.describe(compilation, "default");
        assertTrue(schema.contains("table hibernate_sequences"), schema);
        assertTrue(schema.contains("sequence_name character varying(100) not null"), schema);
    }
}
