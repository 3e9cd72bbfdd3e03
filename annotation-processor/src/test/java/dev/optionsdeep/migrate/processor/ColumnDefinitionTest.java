package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

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
}
