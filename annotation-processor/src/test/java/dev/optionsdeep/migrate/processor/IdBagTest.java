package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hibernate's id bags ({@code @CollectionId}): the surrogate key of the join or collection table, its sequence. */
class IdBagTest {

    @Test
    void theTableGetsTheIdColumnAsItsKeyAndTheGeneratorItsSequence() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Shelf", "@Entity public class Shelf { @Id private Long id; }"),
                Sources.entity("Book", """
                        @Entity public class Book {
                          @Id private Long id;
                          @ElementCollection
                          @org.hibernate.annotations.CollectionId(column = @Column(name = "note_id"), generator = "sequence")
                          @org.hibernate.annotations.CollectionIdJavaClass(idType = Long.class)
                          private List<String> notes;
                          @ManyToMany
                          @org.hibernate.annotations.CollectionId(generator = "links")
                          @org.hibernate.annotations.CollectionIdJavaClass(idType = Integer.class)
                          @SequenceGenerator(name = "links", sequenceName = "book_links", allocationSize = 5)
                          private List<Shelf> shelves;
                          @ElementCollection
                          @org.hibernate.annotations.CollectionId(generator = "increment")
                          @org.hibernate.annotations.CollectionIdJavaClass(idType = Short.class)
                          private java.util.Collection<String> tags;
                        }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table book_notes
                  book_id bigint not null
                  notes character varying(255) null
                  note_id bigint not null
                  primary key book_notes_pkey [note_id]
                """), described);
        assertTrue(described.contains("""
                table book_shelf
                  book_id bigint not null
                  shelves_id bigint not null
                  id integer not null
                  primary key book_shelf_pkey [id]
                """), described);
        assertTrue(described.contains("  id smallint not null\n  primary key book_tags_pkey [id]\n"), described);
        String snapshot = Sources.snapshot(compilation, "default").replaceAll("\\s+", " ");
        assertTrue(snapshot.contains("""
                "sequences": [ \
                { "name": "book_links", "start": 1, "increment": 5 }, \
                { "name": "book_notes_seq", "start": 1, "increment": 50 } ]"""), snapshot);
    }

    @Test
    void withoutTheIdTypeHibernateCannotStartAndMigrateSaysSo() {
        JavaFileObject src = Sources.entity("Book", """
                @Entity public class Book {
                  @Id private Long id;
                  @ElementCollection
                  @org.hibernate.annotations.CollectionId(generator = "increment")
                  private List<String> notes;
                }""");

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-104] @CollectionId on Book.notes is mapped by Migrate with"
                + " @CollectionIdJavaClass").inFile(src).onLineContaining("@org.hibernate.annotations.CollectionId(");
        assertThat(compilation).hadErrorContaining("without @CollectionIdJavaClass Hibernate 7.4 cannot tell the id's type");
    }

    @Test
    void aSetIsNoIdBag() {
        JavaFileObject src = Sources.entity("Book", """
                @Entity public class Book {
                  @Id private Long id;
                  @ElementCollection
                  @org.hibernate.annotations.CollectionId(generator = "increment")
                  @org.hibernate.annotations.CollectionIdJavaClass(idType = Long.class)
                  private Set<String> notes;
                }""");

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-104] @CollectionId on Book.notes is supported by Migrate on"
                + " a List or a Collection without @OrderColumn (a bag) only");
        assertEquals(1, compilation.errors().size());
    }

    /** Hibernate 6 has no {@code @CollectionIdJavaClass}: a 6.x model names one of Hibernate's own descriptors (DSpace). */
    @Test
    void hibernateSixNamesTheIdTypeByItsJavaTypeDescriptor() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Format", """
                @Entity public class Format {
                  @Id private Integer id;
                  @ElementCollection
                  @CollectionTable(name = "format_extension", joinColumns = @JoinColumn(name = "format_id"))
                  @org.hibernate.annotations.CollectionId(column = @Column(name = "extension_id"), generator = "ext_seq")
                  @org.hibernate.annotations.CollectionIdJavaType(org.hibernate.type.descriptor.java.IntegerJavaType.class)
                  @SequenceGenerator(name = "ext_seq", sequenceName = "format_extension_seq", allocationSize = 1)
                  @Column(name = "extension")
                  private List<String> extensions;
                }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table format_extension
                  format_id integer not null
                  extension character varying(255) null
                  extension_id integer not null
                  primary key format_extension_pkey [extension_id]
                """), described);
        assertTrue(Sources.snapshot(compilation, "default").replaceAll("\\s+", " ").contains(
                "{ \"name\": \"format_extension_seq\", \"start\": 1, \"increment\": 1 }"), described);
    }

    @Test
    void aJavaTypeOfTheApplicationsOwnIsNotFollowed() {
        JavaFileObject src = Sources.entity("Book", """
                @Entity public class Book {
                  @Id private Long id;
                  @ElementCollection
                  @org.hibernate.annotations.CollectionId(generator = "increment")
                  @org.hibernate.annotations.CollectionIdJavaType(org.hibernate.type.descriptor.java.StringJavaType.class)
                  private List<String> notes;
                }""");

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-104] @CollectionId on Book.notes is mapped by Migrate with"
                + " @CollectionIdJavaClass").inFile(src).onLineContaining("@org.hibernate.annotations.CollectionId(");
        assertThat(compilation).hadErrorContaining("Hibernate 6's @CollectionIdJavaType(LongJavaType.class");
        assertThat(compilation).hadErrorContaining("the id's type or generator here is not followed yet");
    }
}
