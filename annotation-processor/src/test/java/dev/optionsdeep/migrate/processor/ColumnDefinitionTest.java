package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code @Column(columnDefinition = …)}: the type as PostgreSQL prints it, NOT NULL from the definition or
 * from {@code nullable = false}. Checked against the DDL Hibernate ORM 7.4 exports for the same entity.
 */
class ColumnDefinitionTest {

    @Test
    void theDefinitionGivesTheTypeAsPostgresqlPrintsIt() {
        Compilation compilation = Sources.compile(Sources.entity("Note", """
                @Entity
                @Table(name = "notes")
                public class Note {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(columnDefinition = "int8") private Long id;
                  @Lob @Column(columnDefinition = "text") private String body;
                  @Column(columnDefinition = "varchar(10)", unique = true, nullable = false) private String code;
                  @Column(columnDefinition = "VARCHAR(12) NOT NULL") private String title;
                  @Column(columnDefinition = "TIMESTAMP WITH TIME ZONE") private Instant at;
                  @Column(columnDefinition = "numeric(10)") private BigDecimal amount;
                  @Column(columnDefinition = "int4") private Integer count;
                  @Column(columnDefinition = "jsonb") private String attributes;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table notes
                  id bigint identity not null
                  body text null
                  code character varying(10) not null
                  title character varying(12) not null
                  at timestamp with time zone null
                  amount numeric(10,0) null
                  count integer null
                  attributes jsonb null
                  primary key notes_pkey [id]
                  unique notes_code_key [code]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void theClausesAfterTheTypeBecomeDefaultNullabilityUniqueAndCheck() {
        Compilation compilation = Sources.compile(Sources.entity("Order", """
                @Entity
                @Table(name = "orders")
                public class Order {
                  @Id @Column(columnDefinition = "int8") private Long id;
                  @Column(columnDefinition = "boolean default false") private Boolean active;
                  @Column(columnDefinition = "varchar(255) not null default 'NEW'") private String status;
                  @Column(columnDefinition = "numeric(19,2) DEFAULT 0.00") private BigDecimal total;
                  @Column(columnDefinition = "timestamp default current_timestamp") private java.time.LocalDateTime created;
                  @Column(columnDefinition = "bigint unique") private Long external;
                  @Column(columnDefinition = "integer check (qty >= 0)") private Integer qty;
                  @Column(columnDefinition = "varchar(20) NULL") private String code;
                  @Column(columnDefinition = "int2 default -1") private Short level;
                  @Column(columnDefinition = "int4 default 7", nullable = false) private Integer stock;
                  @Column(columnDefinition = "int default 0 not null") private int quantity;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        // Each default as PostgreSQL 15's pg_get_expr prints it back (checked with psql).
        assertEquals("""
                table orders
                  id bigint not null
                  active boolean null default false
                  status character varying(255) not null default 'NEW'::character varying
                  total numeric(19,2) null default 0.00
                  created timestamp without time zone null default CURRENT_TIMESTAMP
                  external bigint null
                  qty integer null
                  code character varying(20) null
                  level smallint null default '-1'::integer
                  stock integer not null default 7
                  quantity integer not null default 0
                  primary key orders_pkey [id]
                  unique orders_external_key [external]
                  check orders_qty_check qty >= 0
                """, Sources.describe(compilation, "default"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            bit(1) default 0                    | Boolean    | a bit column takes no integer default in PostgreSQL      | boolean default false
            bit default 0                       | Boolean    | a bit column takes no integer default in PostgreSQL      | boolean default false
            tinyint(1)                          | Boolean    | PostgreSQL has no tinyint                                | boolean
            datetime                            | java.time.LocalDateTime | PostgreSQL has no datetime type           | timestamp
            longtext                            | String     | PostgreSQL has no longtext type                          | text
            mediumtext not null                 | String     | PostgreSQL has no mediumtext type                        | text not null
            mediumblob                          | byte[]     | PostgreSQL has no mediumblob type                        | bytea
            int(11)                             | Integer    | PostgreSQL integers take no display width                | int
            int unsigned                        | Integer    | \"unsigned\" is MySQL's                                | int
            bigint(20) not null auto_increment  | Long       | PostgreSQL integers take no display width; auto_increment is MySQL's (use @GeneratedValue(strategy = GenerationType.IDENTITY)) | bigint not null
            enum('A','B')                       | String     | PostgreSQL has no inline enum type                       | varchar(255)
            varchar(255) COLLATE utf8mb4_bin    | String     | \"COLLATE utf8mb4_bin\" names a MySQL collation        | varchar(255)
            `varchar`(20)                       | String     | backticks quote names in MySQL only                      | varchar(20)
            """)
    void mysqlDefinitionsAreReportedWithThePostgresqlSpelling(String definition, String javaType, String what,
                                                              String spelling) {
        JavaFileObject source = Sources.entity("Legacy", """
                @Entity
                public class Legacy {
                  @Id private Long id;
                  @Column(name = "flag",
                          columnDefinition = "%s") private %s value;
                }
                """.formatted(definition.replace("\"", "\\\""), javaType));
        Compilation compilation = Sources.compileStrict(source);

        assertThat(compilation).hadErrorContaining("[MIGRATE-126] @Column(columnDefinition = \"" + definition
                + "\") on Legacy.value is not PostgreSQL (" + what + "): Hibernate's own DDL fails on PostgreSQL"
                + " with this definition. PostgreSQL spells it \"" + spelling + "\"; use columnDefinition = \""
                + spelling + "\" or remove it").inFile(source).onLineContaining("columnDefinition");
    }

    /**
     * What Migrate cannot model is kept as Hibernate writes it (the text, then {@code not null} for a column
     * that is not null), with the type Migrate could read of it; the model stays complete and compiles
     * without a word, even strictly: PostgreSQL judges the text when a revision is generated or applied.
     */
    @Test
    void definitionsMigrateCannotModelAreKeptVerbatim() {
        JavaFileObject source = Sources.entity("Legacy", """
                @Entity
                public class Legacy {
                  @Id @Column(columnDefinition = "bigserial") private Long id;
                  @Column(name = "code", columnDefinition = "varchar(20) collate \\"C\\" not null") private String code;
                  @Column(columnDefinition = "text collate \\"C\\"", nullable = false) private String name;
                  @Column(columnDefinition = "text generated always as (upper(name)) stored") private String upper;
                  @Column(columnDefinition = "public.mood default 'ok'") private String mood;
                  @Column(columnDefinition = "text default 'it''s") private String broken;
                  @Column(columnDefinition = "numeric(10,2) default 0 not null") private java.math.BigDecimal total;
                }
                """);
        Compilation compilation = Sources.compileStrict(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table legacy
                  id bigserial not null
                  code varchar(20) collate "C" not null
                  name text collate "C" not null
                  upper text generated always as (upper(name)) stored
                  mood public.mood default 'ok'
                  broken text default 'it''s
                  total numeric(10,2) not null default 0
                  primary key legacy_pkey [id]
                """, Sources.describe(compilation, "default"));
        String snapshot = Sources.snapshot(compilation, "default");
        // The type Migrate could read, canonical where it knows it; the attribute, to name it in messages.
        assertEquals(new dev.optionsdeep.migrate.schema.Column("code", "character varying(20)", false, false, null, null,
                        new dev.optionsdeep.migrate.schema.Verbatim("varchar(20) collate \"C\" not null",
                                "com.example.Legacy#code")),
                dev.optionsdeep.migrate.snapshot.SnapshotCodec.read(snapshot, "default").schema().table("legacy")
                        .orElseThrow().column("code").orElseThrow());
        assertEquals("com.example.Legacy#code", dev.optionsdeep.migrate.snapshot.SnapshotCodec.read(snapshot, "default")
                .schema().table("legacy").orElseThrow().column("code").orElseThrow().verbatim().attribute());
    }

    @Test
    void aCheckInTheDefinitionOfAnEnumIsReported() {
        JavaFileObject source = Sources.entity("Legacy", """
                @Entity
                public class Legacy {
                  enum Kind { A, B }
                  @Id private Long id;
                  @Enumerated(EnumType.STRING) @Column(name = "kind",
                          columnDefinition = "varchar(1) check (kind <> 'C')") private Kind kind;
                }
                """);
        Compilation compilation = Sources.compileStrict(source);

        assertThat(compilation).hadErrorContaining("[MIGRATE-110] @Column(columnDefinition = \"varchar(1) check"
                + " (kind <> 'C')\") on Legacy.kind has a CHECK, and Hibernate adds its own check")
                .inFile(source).onLineContaining("columnDefinition");
    }
}
