package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate's {@code @ManyToAny}, a join table of references to entities of several types, and {@code @CollectionTable}
 * naming the join table of a {@code @OneToMany} or {@code @ManyToMany}, as Hibernate 7.4 exports them.
 */
class ManyToAnyTest {

    private static final JavaFileObject BOOK = Sources.entity("Book", "@Entity public class Book { @Id private Long id; }");

    @Test
    void joinTablesNamedAndUnnamed() {
        Compilation compilation = Sources.compileStrict(BOOK, Sources.entity("Shelf", """
                import org.hibernate.annotations.*;
                import java.util.*;
                @Entity @Table(name = "shelves") public class Shelf {
                  @Id private Long id;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  @JoinTable private Set<Object> items;
                  @ManyToAny @AnyDiscriminator(DiscriminatorType.CHAR) @Column(name = "kind")
                  @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Integer.class)
                  @JoinTable(name = "shelf_featured", joinColumns = @JoinColumn(name = "shelf_id"),
                      inverseJoinColumns = @JoinColumn(name = "item_id"))
                  @OrderColumn(name = "position") private List<Object> featured;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  @JoinTable(name = "shelf_loose") private List<Object> loose;
                }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table shelf_featured
                  shelf_id bigint not null
                  kind character(1) null
                  item_id integer not null
                  position integer not null
                  primary key shelf_featured_pkey [position, shelf_id]
                  foreign key shelf_featured_shelf_id_fkey (shelf_id) references shelves(id)
                  check shelf_featured_position_check "position" >= 0
                table shelf_loose
                  shelf_id bigint not null
                  loose character varying(255) null
                  loose_id bigint not null
                  foreign key shelf_loose_shelf_id_fkey (shelf_id) references shelves(id)
                """), described);
        assertTrue(described.contains("""
                table shelves_null
                  shelf_id bigint not null
                  items character varying(255) null
                  items_id bigint not null
                  unique shelves_null_shelf_id_items_items_id_key [shelf_id, items, items_id]
                  foreign key shelves_null_shelf_id_fkey (shelf_id) references shelves(id)
                """), described);
    }

    @Test
    void withoutAJoinTableHibernateRefusesToStart() {
        JavaFileObject src = Sources.entity("Shelf", """
                import org.hibernate.annotations.*;
                @Entity public class Shelf {
                  @Id private Long id;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  private java.util.Set<Object> items;
                }""");

        Compilation compilation = Sources.compileStrict(BOOK, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] @ManyToAny on Shelf.items has no @JoinTable")
                .inFile(src).onLineContaining("@ManyToAny");
    }

    /** Spring Boot's implicit naming names the join table after the owner's table and the attribute (checked with 7.4). */
    @Test
    void springBootNamesAnUnnamedJoinTableAfterTheAttribute() {
        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.naming=spring", "-Amigrate.strict=true"),
                BOOK, Sources.entity("Shelf", """
                import org.hibernate.annotations.*;
                @Entity @Table(name = "shelves") public class Shelf {
                  @Id private Long id;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  @JoinTable private java.util.Set<Object> storedItems;
                }"""));

        assertThat(compilation).succeeded();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table shelves_stored_items
                  shelf_id bigint not null
                  stored_items character varying(255) null
                  stored_items_id bigint not null
                """), described);
    }

    /** Hibernate makes one table of both (their columns together); Migrate asks for names instead. */
    @Test
    void twoUnnamedJoinTablesOfOneEntityAreReported() {
        JavaFileObject src = Sources.entity("Shelf", """
                import org.hibernate.annotations.*;
                @Entity public class Shelf {
                  @Id private Long id;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  @JoinTable private java.util.Set<Object> items;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  @JoinTable private java.util.List<Object> others;
                }""");

        Compilation compilation = Sources.compileStrict(BOOK, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108]");
        assertThat(compilation).hadErrorContaining("Shelf.others");
    }

    @Test
    void anUnnamedKeyColumnFailsTheOlderLines() {
        JavaFileObject src = Sources.entity("Shelf", """
                import org.hibernate.annotations.*;
                @Entity public class Shelf {
                  @Id private Long id;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  @JoinTable(name = "shelf_items") private java.util.Set<Object> items;
                }""");

        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.hibernate=7.2",
                "-Amigrate.strict=true"), BOOK, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] @ManyToAny on Shelf.items leaves its key column"
                + " unnamed, with which Hibernate 7.2 fails to start");
    }

    @Test
    void aKeyTypedOtherwiseIsNotFollowed() {
        JavaFileObject src = Sources.entity("Shelf", """
                import org.hibernate.annotations.*;
                @Entity public class Shelf {
                  @Id private Long id;
                  @ManyToAny @AnyDiscriminatorValue(discriminator = "B", entity = Book.class) @AnyKeyJavaClass(Long.class)
                  @Column(name = "kind", length = 10) @JoinTable(name = "shelf_items") private java.util.Set<Object> items;
                }""");

        Compilation compilation = Sources.compileStrict(BOOK, src);

        assertThat(compilation).hadErrorContaining("@Column(length) is not followed yet");
    }

    @Test
    void aCollectionTableNamesTheJoinTableOfARelationship() {
        Compilation compilation = Sources.compileStrict(BOOK, Sources.entity("Library", """
                import java.util.*;
                @Entity public class Library {
                  @Id private Long id;
                  @OneToMany @CollectionTable(name = "library_books") private Set<Book> books;
                  @ManyToMany @CollectionTable(name = "library_loans", joinColumns = @JoinColumn(name = "library_id"))
                  private Set<Book> loans;
                  @ManyToMany @CollectionTable(name = "library_picks", uniqueConstraints = @UniqueConstraint(columnNames = "picks_id"))
                  private Set<Book> picks;
                }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table library_books
                  library_id bigint not null
                  books_id bigint not null
                  primary key library_books_pkey [books_id]
                """), described);
        assertTrue(described.contains("""
                table library_loans
                  library_id bigint not null
                  loans_id bigint not null
                  primary key library_loans_pkey [library_id, loans_id]
                """), described);
        // Hibernate 7.4 keys a set's table only when it declares no unique constraint.
        assertTrue(described.contains("""
                table library_picks
                  library_id bigint not null
                  picks_id bigint not null
                  unique library_picks_picks_id_key [picks_id]
                """), described);
        assertFalse(described.contains("library_picks_pkey"), described);
    }

    @Test
    void aCollectionTableBesideAJoinTableIsRefused() {
        JavaFileObject src = Sources.entity("Library", """
                @Entity public class Library {
                  @Id private Long id;
                  @ManyToMany @JoinTable(name = "library_books") @CollectionTable(name = "library_shelf")
                  private java.util.Set<Book> books;
                }""");

        Compilation compilation = Sources.compileStrict(BOOK, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-104] @CollectionTable and @JoinTable on Library.books");
    }
}
