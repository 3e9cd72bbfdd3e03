package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @Index(unique = true)} maps as Hibernate exports it: a unique constraint, not a unique index; and a one-column
 * unique constraint or unique index on a column already marked unique is dropped, as Hibernate drops it.
 */
class UniqueIndexTest {

    @Test
    void aUniqueIndexBecomesAUniqueConstraintKeepingItsNameOrGettingTheConstraintDefault() {
        Compilation compilation = Sources.compile(Sources.entity("Listing", """
                @Entity @Table(name = "listings", indexes = {
                        @Index(name = "listings_isin_uq", columnList = "isin", unique = true),
                        @Index(columnList = "venue, symbol", unique = true),
                        @Index(columnList = "venue")})
                public class Listing { @Id private Long id; private String isin; private String venue; private String symbol; }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String snapshot = Sources.snapshot(compilation, "default").replaceAll("\\s+", " ");
        assertTrue(snapshot.contains("""
                      "uniqueConstraints": [
                        {
                          "name": "listings_isin_uq",
                          "columns": ["isin"]
                        },
                        {
                          "name": "listings_venue_symbol_key",
                          "columns": ["venue", "symbol"]
                        }
                      ],
                      "indexes": [
                        {
                          "name": "listings_venue_idx",
                          "columns": ["venue"],
                          "unique": false
                        }
                      ]""".replaceAll("\\s+", " ")), snapshot);
    }

    @Test
    void descInAUniqueIndexIsIgnoredWithAWarning() {
        JavaFileObject source = Sources.entity("Listing", """
                @Entity @Table(name = "listings", indexes = @Index(columnList = "isin DESC", unique = true))
                public class Listing { @Id private Long id; private String isin; }
                """);
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).hadWarningContaining("[MIGRATE-201] @Index(unique = true) of Listing becomes a unique"
                + " constraint, as Hibernate makes it, and a constraint has no column order: DESC is ignored")
                .inFile(source).onLineContaining("@Index");
        assertTrue(Sources.snapshot(compilation, "default").contains("\"name\": \"listings_isin_key\""));
    }

    @Test
    void aNamedUniqueConstraintOnAColumnAlreadyUniqueLeavesOnlyTheColumnsOwn() {
        Compilation compilation = Sources.compile(Sources.entity("Teller", """
                @Entity @Table(name = "tellers",
                        uniqueConstraints = {@UniqueConstraint(name = "teller_no_UNIQUE", columnNames = "teller_no"),
                                @UniqueConstraint(name = "tellers_desk_uk", columnNames = "desk"),
                                @UniqueConstraint(name = "tellers_pair_uk", columnNames = {"teller_no", "desk"})},
                        indexes = @Index(name = "tellers_mail_ux", columnList = "mail", unique = true))
                public class Teller {
                    @Id private Long id;
                    @Column(name = "teller_no", unique = true) private String number;
                    @Column(unique = true) private String mail;
                    private String desk;
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        String snapshot = Sources.snapshot(compilation, "default").replaceAll("\\s+", " ");
        assertTrue(snapshot.contains("""
                      "uniqueConstraints": [
                        {
                          "name": "tellers_desk_uk",
                          "columns": ["desk"]
                        },
                        {
                          "name": "tellers_mail_key",
                          "columns": ["mail"]
                        },
                        {
                          "name": "tellers_pair_uk",
                          "columns": ["teller_no", "desk"]
                        },
                        {
                          "name": "tellers_teller_no_key",
                          "columns": ["teller_no"]
                        }
                      ]""".replaceAll("\\s+", " ")), snapshot);
    }
}
