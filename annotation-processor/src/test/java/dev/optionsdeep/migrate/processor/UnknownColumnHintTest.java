package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** Column names written as EclipseLink takes them, which Hibernate quotes as one column: reported with the fix. */
class UnknownColumnHintTest {

    @Test
    void severalColumnsInOneStringAreToldToBeSplit() {
        Compilation compilation = Sources.compile(Sources.entity("Pid", """
                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(columnNames = {"authority,protocol, identifier"}))
                public class Pid {
                  @Id private Long id;
                  private String authority;
                  private String protocol;
                  private String identifier;
                }
                """));
        assertThat(compilation).hadWarningContaining("[MIGRATE-107] @UniqueConstraint(columnNames) of Pid names the"
                + " column \"authority,protocol, identifier\", which table pid does not have. It holds 3 columns in one"
                + " string");
        assertThat(compilation).hadWarningContaining("write each column as its own string, {\"authority\","
                + " \"protocol\", \"identifier\"}");
    }

    @Test
    void anExpressionIsToldToGoIntoARevision() {
        Compilation compilation = Sources.compile(Sources.entity("Pid", """
                @Entity
                @Table(indexes = @Index(columnList = "authority, UPPER(identifier)"))
                public class Pid {
                  @Id private Long id;
                  private String authority;
                  private String identifier;
                }
                """));
        assertThat(compilation).hadWarningContaining("names the column \"UPPER(identifier)\", which table pid does not"
                + " have. It is an expression, which Hibernate quotes as one column name");
    }
}
