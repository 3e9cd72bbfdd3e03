package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names that are keywords PostgreSQL reserves: Hibernate 7.4 writes them unquoted (its export's
 * {@code create table Order (…)} and {@code offset varchar(255)} fail), so Migrate says so at the
 * element; quoted in the annotation, both write them quoted.
 */
class ReservedKeywordTest {

    @Test
    void anEntityNamedLikeAReservedKeywordIsReportedAtTheClass() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity
                public class Order {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-111] The table name \"Order\" of @Entity Order cannot be"
                + " used: Order is a keyword PostgreSQL reserves, and Hibernate writes it unquoted")
                .inFile(src).onLineContaining("@Entity");
        assertThat(compilation).hadErrorContaining("Quote it in the annotation (\"\\\"order\\\"\")");
    }

    @Test
    void columnsNamedLikeReservedKeywordsAreReportedAtTheirAttributes() {
        JavaFileObject src = Sources.entity("Page", """
                @Entity
                public class Page {
                  @Id private Long id;
                  private Integer offset;
                  @Column(name = "limit") private Integer size;
                  private String time;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-111] The column name \"offset\" of Page.offset cannot be"
                + " used: offset is a keyword PostgreSQL reserves").inFile(src).onLineContaining("Integer offset");
        assertThat(compilation).hadErrorContaining("[MIGRATE-111] The column name \"limit\" of Page.size cannot be used")
                .inFile(src).onLineContaining("name = \"limit\"");
        // time is a keyword PostgreSQL accepts as a column name: no diagnostic.
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void aSequenceNamedLikeAReservedKeywordIsReported() {
        JavaFileObject src = Sources.entity("Ticket", """
                @Entity
                public class Ticket {
                  @Id @GeneratedValue(generator = "user") private Long id;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("The sequence name \"user\" (the generator's name, as no"
                + " @SequenceGenerator declares it) cannot be used: user is a keyword PostgreSQL reserves");
    }

    @Test
    void reservedKeywordsQuotedInTheAnnotationAreMapped() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity
                @Table(name = "\\"order\\"")
                public class Order {
                  @Id @GeneratedValue(generator = "seq")
                  @SequenceGenerator(name = "seq", sequenceName = "\\"limit\\"") private Long id;
                  @Column(name = "\\"offset\\"") private Integer offset;
                  @Column(name = "`user`") private String user;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table order
                  id bigint not null
                  offset integer null
                  user character varying(255) null
                  primary key order_pkey [id]
                """, Sources.describe(compilation, "default"));
        assertTrue(Sources.snapshot(compilation, "default").contains("\"name\": \"limit\""));
    }

    @Test
    void underSnakeCaseTheConvertedNameIsChecked() {
        JavaFileObject src = Sources.entity("Group", """
                @Entity
                public class Group {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=snake_case", "-Amigrate.strict=true"),
                src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-111] The table name \"Group\" of @Entity Group cannot be"
                + " used: group is a keyword PostgreSQL reserves");
    }
}
