package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @AssociationOverride} on an entity class renaming the join column of a to-one its generic mapped superclass
 * declares (OpenMRS's {@code ConceptAttribute}); parity model {@code classassoc} checks it against Hibernate's export.
 */
class ClassAssociationOverrideTest {

    private static final JavaFileObject BASE = Sources.entity("Attr", """
            @MappedSuperclass
            public abstract class Attr<T, O> {
              @ManyToOne @JoinColumn(name = "owner_id", nullable = false) O owner;
              @ManyToOne @JoinColumn(name = "attribute_type_id", nullable = false) T attributeType;
            }
            """);
    private static final JavaFileObject TYPE = Sources.entity("AttrType", """
            @Entity public class AttrType { @Id Integer id; }
            """);
    private static final JavaFileObject CONCEPT = Sources.entity("Concept", """
            @Entity public class Concept { @Id Integer id; }
            """);

    @Test
    void anOverrideOnTheEntityRenamesTheInheritedJoinColumn() {
        Compilation compilation = Sources.compileStrict(BASE, TYPE, CONCEPT, Sources.entity("ConceptAttr", """
                @Entity
                @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "concept_id", nullable = false))
                public class ConceptAttr extends Attr<AttrType, Concept> { @Id Integer id; }
                """));
        assertThat(compilation).succeeded();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("  concept_id integer not null\n") && !described.contains("owner_id"), described);
        assertTrue(described.contains("  attribute_type_id integer not null\n"), described);
    }

    @Test
    void anOverrideWithAJoinTableOrOfTheEntitysOwnRelationshipIsNotMappedYet() {
        JavaFileObject own = Sources.entity("Note", """
                @Entity
                @AssociationOverride(name = "concept", joinColumns = @JoinColumn(name = "concept_ref"))
                public class Note { @Id Integer id; @ManyToOne Concept concept; }
                """);
        assertThat(Sources.compileStrict(CONCEPT, own)).hadErrorContaining("[MIGRATE-105] @AssociationOverride on"
                + " @Entity Note is not supported yet").inFile(own).onLineContaining("@AssociationOverride");
    }
}
