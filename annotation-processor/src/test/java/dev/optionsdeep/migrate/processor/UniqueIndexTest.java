package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @Index(unique = true)} maps as Hibernate exports it: a unique constraint, not a unique index. */
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
}
