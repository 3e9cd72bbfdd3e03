package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A field an entity declares again under the name of one its mapped superclass maps: Hibernate (6.6 to 7.4) keeps the
 * superclass's attribute and ignores the entity's, annotations included (the parity model {@code shadowed}).
 */
class ShadowedAttributeTest {

    @Test
    void theMappedSuperclassAttributeWinsOverOneTheEntityDeclaresAgain() {
        JavaFileObject base = Sources.entity("Versioned", """
                @MappedSuperclass
                public abstract class Versioned {
                  @Id protected Long id;
                  @Version @Column(name = "revision") protected Long revision;
                  @Column(length = 40) protected String label;
                }
                """);
        JavaFileObject rule = Sources.entity("Rule", """
                @Entity
                public class Rule extends Versioned {
                  @Column(name = "revision") private Long revision;
                  @Column(name = "rule_label", length = 200, nullable = false) private String label;
                }
                """);

        Compilation compilation = Sources.compile(base, rule);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table rule
                  id bigint not null
                  revision bigint not null
                  label character varying(40) null
                  primary key rule_pkey [id]
                """, Sources.describe(compilation, "default"));
    }
}
