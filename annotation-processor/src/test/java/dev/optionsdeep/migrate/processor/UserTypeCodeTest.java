package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hibernate user types without a columnDefinition: the constant their getSqlType() returns decides the column. */
class UserTypeCodeTest {

    private static final String TYPES = """
            abstract class BlankText implements org.hibernate.usertype.UserType<String> {
              public int getSqlType() { return java.sql.Types.VARCHAR; }
            }
            abstract class Note extends BlankText {
              @Override public int getSqlType() { return org.hibernate.type.SqlTypes.LONG32VARCHAR; }
            }
            abstract class Decided implements org.hibernate.usertype.UserType<String> {
              public int getSqlType() { return Boolean.getBoolean("wide") ? java.sql.Types.CLOB : java.sql.Types.VARCHAR; }
            }
            """;

    @Test
    void aConstantCodeGivesTheColumnAsAJdbcTypeCodeWould() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Member", """
                @Entity
                public class Member {
                  @Id private Long id;
                  @org.hibernate.annotations.Type(BlankText.class) @Column(length = 40) private String region;
                  @org.hibernate.annotations.Type(BlankText.class) @Column(nullable = false) private String badge;
                  @org.hibernate.annotations.Type(Note.class) private String biography;
                }
                """ + TYPES));
        assertThat(compilation).succeeded();
        String schema = Sources.describe(compilation, "default");
        assertTrue(schema.contains("region character varying(40) null"), schema);
        assertTrue(schema.contains("badge character varying(255) not null"), schema);
        assertTrue(schema.contains("biography text null"), schema);
    }

    @Test
    void aCodeTheSourceComputesIsReportedWithTheFix() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Member", """
                @Entity
                public class Member {
                  @Id private Long id;
                  @org.hibernate.annotations.Type(Decided.class) private String region;
                }
                """ + TYPES));
        assertThat(compilation).hadErrorContaining("[MIGRATE-101] @Type on Member.region makes the column whatever the"
                + " type's own code says at run time (Decided.getSqlType()), which Migrate reads only from a"
                + " getSqlType() that returns a constant");
        assertThat(compilation).hadErrorContaining("@Column(columnDefinition = \"varchar(255)\")");
        assertThat(compilation).hadErrorCount(1);
    }
}
