package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** A {@code mappedBy} must name an attribute of the target to the letter, or Hibernate refuses to start. */
class MappedByNameTest {

    private static final String ITEM = """
            @Entity
            class Item {
              @Id private Long id;
              @ManyToOne private Basket basket;
            }
            """;

    @Test
    void aNameThatDiffersInCaseIsReportedWithTheRightOne() {
        Compilation compilation = Sources.compile(Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @OneToMany(mappedBy = "Basket") private List<Item> items;
                }
                """ + ITEM));
        assertThat(compilation).hadWarningContaining("[MIGRATE-123] Basket.items is mappedBy \"Basket\", which names"
                + " no attribute of Item: Hibernate refuses to start");
        assertThat(compilation).hadWarningContaining("Write mappedBy = \"basket\"");
    }

    @Test
    void aNameOfAnAttributeMapsAsBefore() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @OneToMany(mappedBy = "basket") private List<Item> items;
                }
                """ + ITEM));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
