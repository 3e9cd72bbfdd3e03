package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import java.util.List;

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
    void aGeneratorNameDeclaredNowhereInScopeIsASequenceOfThatNameAsHibernateMakesIt() {
        // Hibernate 7.4 does not see a generator declared on another entity (parity model "generators", Depot).
        Compilation compilation = Sources.compile(
                Sources.entity("Courier", """
                        @Entity @SequenceGenerator(name = "logisticsIds", sequenceName = "logistics_ids", allocationSize = 5)
                        public class Courier { @Id @GeneratedValue(generator = "logisticsIds") private Long id; }"""),
                Sources.entity("Depot", "@Entity public class Depot { @Id @GeneratedValue(generator = \"logisticsIds\") private Long id; }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.snapshot(compilation, "default").replaceAll("\\s+", " ").contains("""
                "sequences": [ \
                { "name": "logistics_ids", "start": 1, "increment": 5 }, \
                { "name": "logisticsids", "start": 1, "increment": 50 } ]"""), Sources.snapshot(compilation, "default"));
    }

    @Test
    void generatorsOnThePackageAndOnAMappedSuperclass() {
        Compilation compilation = Sources.compile(
                Sources.source("com.example.package-info", """
                        @SequenceGenerator(name = "packageIds", sequenceName = "package_ids", allocationSize = 20)
                        @SequenceGenerator(name = "raffleNumbers", initialValue = 100)
                        package com.example;
                        import jakarta.persistence.SequenceGenerator;
                        """),
                Sources.entity("Parcel", "@Entity public class Parcel { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE,"
                        + " generator = \"packageIds\") private Long id; }"),
                Sources.entity("Raffle", "@Entity public class Raffle { @Id @GeneratedValue(generator = \"raffleNumbers\") private Integer number; }"),
                Sources.entity("Tracked", """
                        @MappedSuperclass @SequenceGenerator(name = "trackedIds", sequenceName = "tracked_ids", allocationSize = 1)
                        public abstract class Tracked { @Id @GeneratedValue(generator = "trackedIds") private Long id; }"""),
                Sources.entity("Consignment", "@Entity public class Consignment extends Tracked { private String reference; }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.snapshot(compilation, "default").replaceAll("\\s+", " ").contains("""
                "sequences": [ \
                { "name": "package_ids", "start": 1, "increment": 20 }, \
                { "name": "rafflenumbers", "start": 100, "increment": 50 }, \
                { "name": "tracked_ids", "start": 1, "increment": 1 } ]"""), Sources.snapshot(compilation, "default"));
    }

    @Test
    void anUnnamedGeneratedValueInAPackageWithGeneratorsUsesThePackagesFirstSequenceGenerator() {
        Compilation compilation = Sources.compile(Sources.source("com.example.package-info", """
                @SequenceGenerator(name = "packageIds", sequenceName = "package_ids", allocationSize = 20)
                @SequenceGenerator(name = "otherIds", sequenceName = "other_ids", allocationSize = 30)
                package com.example;
                import jakarta.persistence.SequenceGenerator;
                """), Sources.entity("Route", "@Entity public class Route { @Id @GeneratedValue private int id; }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.snapshot(compilation, "default").replaceAll("\\s+", " ").contains("""
                "sequences": [ { "name": "package_ids", "start": 1, "increment": 20 } ]"""), Sources.snapshot(compilation, "default"));
    }

    @Test
    void anUnnamedGeneratedValueInAPackageWithSequenceAndTableGeneratorsIsAnError() {
        JavaFileObject src = Sources.entity("Route", "@Entity public class Route { @Id @GeneratedValue private int id; }");
        Compilation compilation = Sources.compileStrict(Sources.source("com.example.package-info", """
                @SequenceGenerator(name = "packageIds", sequenceName = "package_ids")
                @TableGenerator(name = "keys")
                package com.example;
                import jakarta.persistence.SequenceGenerator;
                import jakarta.persistence.TableGenerator;
                """), src);
        assertThat(compilation).hadErrorContaining("[MIGRATE-103] The id of Route names no generator, and its package"
                + " declares both @SequenceGenerator and @TableGenerator").inFile(src).onLineContaining("@GeneratedValue");
    }

    @Test
    void snakeCaseNamingConvertsSequenceNamesAsHibernateDoes() {
        // JHipster's id, on two entities: Hibernate 7.4 under snake_case makes one sequence_generator.
        String jhipster = "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"sequenceGenerator\")"
                + " @SequenceGenerator(name = \"sequenceGenerator\") private Long id;";
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=snake_case"),
                Sources.entity("Author", "@Entity public class Author { " + jhipster + " }"),
                Sources.entity("Book", "@Entity public class Book { " + jhipster + " }"),
                Sources.entity("Item", "@Entity public class Item { @Id @GeneratedValue(generator = \"g\")"
                        + " @SequenceGenerator(name = \"g\", sequenceName = \"mySeqName\") private Long id; }"),
                Sources.entity("LineItem", "@Entity public class LineItem { @Id @GeneratedValue private Long id; }"),
                Sources.entity("Loose", "@Entity public class Loose { @Id @GeneratedValue(generator = \"noSuchGen\") private Long id; }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(Sources.snapshot(compilation, "default").replaceAll("\\s+", " ").contains("""
                "sequences": [ \
                { "name": "line_item_seq", "start": 1, "increment": 50 }, \
                { "name": "my_seq_name", "start": 1, "increment": 50 }, \
                { "name": "no_such_gen", "start": 1, "increment": 50 }, \
                { "name": "sequence_generator", "start": 1, "increment": 50 } ]"""), Sources.snapshot(compilation, "default"));
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

    @Test
    void aSequenceGeneratorsSchemaPutsTheSequenceThereAndATablesSchemaDoesNot() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Shelf", """
                        @Entity public class Shelf {
                          @Id @GeneratedValue(generator = "shelves")
                          @SequenceGenerator(name = "shelves", sequenceName = "shelf_ids", schema = "Inventory", allocationSize = 10)
                          private Long id;
                        }"""),
                // Hibernate 7.4 creates the implicit sequence of an entity in a named schema in the default schema.
                Sources.entity("Book", """
                        @Entity @Table(schema = "lib") public class Book {
                          @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;
                        }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String snapshot = Sources.snapshot(compilation, "default").replaceAll("\\s+", " ");
        assertTrue(snapshot.contains("""
                "sequences": [ \
                { "name": "book_seq", "start": 1, "increment": 50 }, \
                { "name": "inventory.shelf_ids", "start": 1, "increment": 10 } ]"""), snapshot);
    }

    @Test
    void aSequenceGeneratorsCatalogIsStillRefused() {
        JavaFileObject src = Sources.entity("Shelf", """
                @Entity public class Shelf {
                  @Id @GeneratedValue(generator = "shelves")
                  @SequenceGenerator(name = "shelves", catalog = "other")
                  private Long id;
                }""");

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-110] @SequenceGenerator(catalog = \"other\") is not"
                + " supported yet").inFile(src).onLineContaining("catalog = \"other\"");
    }
}
