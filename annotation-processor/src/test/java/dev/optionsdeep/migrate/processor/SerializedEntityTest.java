package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attribute of an entity type without a relationship annotation, as models written for EclipseLink have them:
 * Hibernate stores the entity serialized, in a bytea column named after the attribute, ignoring its join column.
 */
class SerializedEntityTest {

    private static final String FOLDER = """
            @Entity
            class Folder implements java.io.Serializable {
              @Id private Long id;
            }
            @Entity
            class Draft {
              @Id private Long id;
            }
            """;

    @Test
    void aSerializableEntityIsABytea() {
        Compilation compilation = Sources.compile(Sources.entity("Search", """
                @Entity
                public class Search {
                  @Id private Long id;
                  @JoinColumn(name = "folder_ref", nullable = false) private Folder folder;
                  private java.util.Set<Folder> shortcuts;
                }
                """ + FOLDER));
        assertThat(compilation).succeeded();
        String schema = Sources.describe(compilation, "default");
        assertTrue(schema.contains("folder bytea null"), schema);
        assertTrue(schema.contains("shortcuts bytea[] null"), schema);
        assertThat(compilation).hadWarningContaining("[MIGRATE-207] Search.folder has the entity type Folder but no"
                + " @ManyToOne or @OneToOne: Hibernate stores a serialized copy of the Folder in a bytea column folder"
                + " (its @JoinColumn is ignored)");
        assertThat(compilation).hadWarningContaining("[MIGRATE-207] Search.shortcuts is a collection of the entity"
                + " Folder but has no @OneToMany or @ManyToMany");
    }

    @Test
    void anEntityThatIsNotSerializableStaysReported() {
        Compilation compilation = Sources.compile(Sources.entity("Search", """
                @Entity
                public class Search {
                  @Id private Long id;
                  private Draft draft;
                }
                """ + FOLDER));
        assertThat(compilation).hadWarningContaining("[MIGRATE-101] Search.draft has type com.example.Draft");
    }
}
