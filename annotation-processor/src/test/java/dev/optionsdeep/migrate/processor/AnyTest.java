package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hibernate's {@code @Any}: a discriminator and a key column in the owner's table, no foreign key. */
class AnyTest {

    @Test
    void theDiscriminatorAndTheKeyColumns() {
        Compilation compilation = Sources.compileStrict(
                Sources.entity("Book", "@Entity public class Book { @Id private Long id; }"),
                Sources.entity("Comment", """
                        import org.hibernate.annotations.*;
                        @Entity public class Comment {
                          @Id private Long id;
                          @Any @AnyDiscriminatorValue(discriminator = "B", entity = Book.class)
                          @AnyKeyJavaClass(Long.class) @JoinColumn(name = "subject_key")
                          private Object subject;
                          @Any(optional = false) @AnyDiscriminator(DiscriminatorType.CHAR)
                          @AnyDiscriminatorValue(discriminator = "B", entity = Book.class)
                          @AnyKeyJavaClass(Integer.class) @JoinColumn
                          private Object target;
                          @Any @AnyDiscriminator(DiscriminatorType.INTEGER)
                          @AnyDiscriminatorValue(discriminator = "1", entity = Book.class)
                          @AnyKeyJavaClass(String.class) @Column(name = "third_kind") @JoinColumn(name = "third_ref")
                          private Object third;
                        }"""));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table comment
                  id bigint not null
                  subject character varying(255) null
                  subject_key bigint null
                  target character(1) null
                  target_id integer not null
                  third_kind integer null
                  third_ref character varying(255) null
                  primary key comment_pkey [id]
                """), described);
    }

    @Test
    void withoutAJoinColumnHibernateRefusesToStart() {
        JavaFileObject src = Sources.entity("Comment", """
                @Entity public class Comment {
                  @Id private Long id;
                  @org.hibernate.annotations.Any @org.hibernate.annotations.AnyKeyJavaClass(Long.class)
                  private Object subject;
                }""");

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] @Any on Comment.subject has no @JoinColumn")
                .inFile(src).onLineContaining("@org.hibernate.annotations.Any ");
    }

    @Test
    void anUnnamedKeyColumnFailsTheOlderLines() {
        JavaFileObject src = Sources.entity("Comment", """
                @Entity public class Comment {
                  @Id private Long id;
                  @org.hibernate.annotations.Any @org.hibernate.annotations.AnyKeyJavaClass(Long.class) @JoinColumn
                  private Object subject;
                }""");

        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.hibernate=7.2",
                "-Amigrate.strict=true"), src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] @Any on Comment.subject has a @JoinColumn without a"
                + " name, with which Hibernate 7.2 fails to start");
    }
}
