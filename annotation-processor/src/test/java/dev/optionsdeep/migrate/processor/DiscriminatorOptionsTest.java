package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hibernate's {@code @DiscriminatorOptions}, and where Hibernate refuses it and {@code @DiscriminatorFormula} (checked
 * with the exports and the sources of Hibernate ORM 6.6.33, 7.2.19 and 7.4.13; parity model {@code discformula}).
 */
class DiscriminatorOptionsTest {

    private static final JavaFileObject EVENT = Sources.entity("Event", """
            @Entity
            @org.hibernate.annotations.DiscriminatorOptions(force = true)
            public abstract class Event {
              @Id private Long id;
            }
            """);
    private static final JavaFileObject CLICK = Sources.entity("Click", """
            @Entity
            public class Click extends Event {
              private int x;
            }
            """);

    @Test
    void aForcedDiscriminatorHasNoCheckOnItsValues() {
        Compilation compilation = Sources.compile(EVENT, CLICK);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table event
                  id bigint not null
                  dtype character varying(31) not null
                  x integer null
                  primary key event_pkey [id]
                  check event_dtype_Click_check dtype <> 'Click' or (x is not null)
                """, Sources.describe(compilation, "default"));
    }

    /** Not inserted by Hibernate, the column is written by the attribute, and stays the discriminator's. */
    @Test
    void anAttributeWritesTheColumnOfADiscriminatorNotInserted() {
        JavaFileObject document = Sources.entity("Document", """
                @Entity
                @DiscriminatorColumn(name = "doc_type")
                @org.hibernate.annotations.DiscriminatorOptions(insert = false)
                public abstract class Document {
                  @Id private Long id;
                  @Column(name = "doc_type") private String docType;
                }
                """);
        JavaFileObject invoice = Sources.entity("Invoice", """
                @Entity
                public class Invoice extends Document {
                }
                """);

        Compilation compilation = Sources.compile(document, invoice);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table document
                  id bigint not null
                  doc_type character varying(31) not null
                  primary key document_pkey [id]
                  check document_doc_type_check doc_type in ('Invoice')
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void optionsOnASubclassAreReported() {
        JavaFileObject view = Sources.entity("View", """
                @Entity
                @org.hibernate.annotations.DiscriminatorOptions(force = true)
                public class View extends Event {
                }
                """);

        assertThat(Sources.compileStrict(EVENT, CLICK, view)).hadErrorContaining("[MIGRATE-119] @DiscriminatorOptions on"
                + " @Entity View, which extends Event: Hibernate refuses it on an entity that is not the root of its"
                + " hierarchy. Move it to Event").inFile(view).onLineContaining("@org.hibernate.annotations.Discriminator");
    }

    @Test
    void optionsWithoutADiscriminatorAreReported() {
        JavaFileObject note = Sources.entity("Note", """
                @Entity
                @org.hibernate.annotations.DiscriminatorOptions(force = true)
                public class Note {
                  @Id private Long id;
                }
                """);

        assertThat(Sources.compileStrict(note)).hadErrorContaining("[MIGRATE-119] @DiscriminatorOptions on @Entity Note,"
                + " which has no discriminator column: Hibernate refuses to start. Remove it").inFile(note)
                .onLineContaining("@org.hibernate.annotations.Discriminator");
    }

    @Test
    void aFormulaOnAJoinedHierarchyIsReported() {
        JavaFileObject party = Sources.entity("Party", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                @org.hibernate.annotations.DiscriminatorFormula("'P'")
                public class Party {
                  @Id private Long id;
                }
                """);

        assertThat(Sources.compileStrict(party)).hadErrorContaining("[MIGRATE-119] @DiscriminatorFormula on @Entity Party,"
                + " whose hierarchy has JOINED inheritance: Hibernate refuses to start (\"has 'JOINED' inheritance and is"
                + " annotated '@DiscriminatorFormula'\"). Remove it, or make the hierarchy SINGLE_TABLE").inFile(party)
                .onLineContaining("@org.hibernate.annotations.DiscriminatorFormula");
    }

    @Test
    void aFormulaOnASubclassIsReported() {
        JavaFileObject view = Sources.entity("View", """
                @Entity
                @org.hibernate.annotations.DiscriminatorFormula("'V'")
                public class View extends Event {
                }
                """);

        assertThat(Sources.compileStrict(EVENT, CLICK, view)).hadErrorContaining("[MIGRATE-119] @DiscriminatorFormula on"
                + " @Entity View, which extends Event: Hibernate refuses to start (\"not the root of the entity"
                + " inheritance hierarchy\"). Move it to Event").inFile(view)
                .onLineContaining("@org.hibernate.annotations.DiscriminatorFormula");
    }

    @Test
    void aDialectOverrideOfTheFormulaIsReported() {
        JavaFileObject item = Sources.entity("Item", """
                @Entity
                @org.hibernate.annotations.DialectOverride.DiscriminatorFormula(
                    dialect = org.hibernate.dialect.PostgreSQLDialect.class,
                    override = @org.hibernate.annotations.DiscriminatorFormula("'I'"))
                public class Item {
                  @Id private Long id;
                }
                """);

        assertThat(Sources.compileStrict(item)).hadErrorContaining("[MIGRATE-105] @DialectOverride.DiscriminatorFormula on"
                + " @Entity Item is not supported yet by Migrate: which formula Hibernate reads depends on the dialect."
                + " Write a plain @DiscriminatorFormula for PostgreSQL").inFile(item)
                .onLineContaining("@org.hibernate.annotations.DialectOverride");
    }

    @Test
    void anAbstractEntityNeedsACharValueToo() {
        JavaFileObject shape = Sources.entity("Shape", """
                @Entity
                @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
                public abstract class Shape {
                  @Id private Long id;
                }
                """);
        JavaFileObject circle = Sources.entity("Circle", """
                @Entity
                @DiscriminatorValue("C")
                public class Circle extends Shape {
                }
                """);

        assertThat(Sources.compileStrict(shape, circle)).hadErrorContaining("[MIGRATE-112] @Entity Shape needs a"
                + " @DiscriminatorValue of one character").inFile(shape).onLineContaining("@Entity");
    }
}
