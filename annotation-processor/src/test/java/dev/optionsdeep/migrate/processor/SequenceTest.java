package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids drawn from sequences, named and sized as Hibernate 7.4 creates them. */
class SequenceTest {

    @Test
    void implicitFieldAndClassLevelSequences() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Order", "@Entity @Table(name = \"orders\") public class Order { @Id @GeneratedValue private Long id; }"),
                Sources.entity("Line", "@Entity public class Line { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; }"),
                Sources.entity("Invoice", """
                        @Entity public class Invoice {
                          @Id @GeneratedValue(generator = "inv")
                          @SequenceGenerator(name = "inv", sequenceName = "invoice_numbers", initialValue = 1000, allocationSize = 10)
                          private Integer number;
                        }"""),
                Sources.entity("Receipt", """
                        @Entity @SequenceGenerator(name = "receipt_gen", allocationSize = 1)
                        public class Receipt { @Id @GeneratedValue(generator = "receipt_gen") private Long id; }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String snapshot = Sources.snapshot(compilation, "default").replaceAll("\\s+", " ");
        assertTrue(snapshot.contains("\"format\": 2,"), snapshot);
        assertTrue(snapshot.contains("""
                "sequences": [ \
                { "name": "invoice_numbers", "start": 1000, "increment": 10 }, \
                { "name": "line_seq", "start": 1, "increment": 50 }, \
                { "name": "orders_seq", "start": 1, "increment": 50 }, \
                { "name": "receipt_gen", "start": 1, "increment": 1 } ]"""), snapshot);
        // The id column itself is a plain, not null column: no identity, no default.
        assertTrue(snapshot.contains("{ \"name\": \"id\", \"type\": \"bigint\", \"nullable\": false }"), snapshot);
    }

    @Test
    void aGeneratorNameWithoutItsSequenceGeneratorIsAnErrorAtTheGeneratedValue() {
        JavaFileObject src = Sources.entity("Invoice", """
                @Entity public class Invoice {
                  @Id @GeneratedValue(generator = "nowhere")
                  private Long id;
                }""");
        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-103] @GeneratedValue(generator = \"nowhere\") on"
                + " Invoice.id names no @SequenceGenerator on the id or the entity").inFile(src).onLineContaining("nowhere");
    }

    @Test
    void aSequenceGeneratorTheIdDoesNotNameIsAnError() {
        JavaFileObject src = Sources.entity("Invoice", """
                @Entity public class Invoice {
                  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) @SequenceGenerator(name = "g", sequenceName = "s")
                  private Long id;
                }""");
        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-103] The @SequenceGenerator on Invoice.id is not"
                + " named by its @GeneratedValue").inFile(src).onLineContaining("@GeneratedValue");
    }

    @Test
    void entitiesShareASequenceOnlyWhenTheyDefineItAlike() {
        String shared = "@SequenceGenerator(name = \"g\", sequenceName = \"ids\", allocationSize = %d)";
        Compilation alike = Sources.compileStrict(
                Sources.entity("A", "@Entity " + shared.formatted(50) + " public class A { @Id @GeneratedValue(generator = \"g\") private Long id; }"),
                Sources.entity("B", "@Entity " + shared.formatted(50) + " public class B { @Id @GeneratedValue(generator = \"g\") private Long id; }"));
        assertThat(alike).succeededWithoutWarnings();
        assertTrue(Sources.snapshot(alike, "default").replaceAll("\\s+", " ")
                .contains("\"sequences\": [ { \"name\": \"ids\", \"start\": 1, \"increment\": 50 } ]"));

        JavaFileObject second = Sources.entity("B", "@Entity " + shared.formatted(10)
                + " public class B { @Id @GeneratedValue(generator = \"g\") private Long id; }");
        Compilation different = Sources.compileStrict(
                Sources.entity("A", "@Entity " + shared.formatted(50) + " public class A { @Id @GeneratedValue(generator = \"g\") private Long id; }"),
                second);
        assertThat(different).hadErrorContaining("[MIGRATE-113] The id sequence of @Entity B is ids start 1 increment 10,"
                + " but database default already has sequence ids start 1 increment 50").inFile(second);
    }
}
