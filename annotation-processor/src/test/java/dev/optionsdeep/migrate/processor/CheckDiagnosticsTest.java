package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** Diagnostics about enums and check constraints, each at the element that needs the fix. */
class CheckDiagnosticsTest {

    @Test
    void aNamedPostgreSqlEnumTypeIsNotSupported() {
        JavaFileObject jdbcTypeCode = Sources.source("org.hibernate.annotations.JdbcTypeCode", """
                package org.hibernate.annotations;
                public @interface JdbcTypeCode { int value(); }
                """);
        JavaFileObject src = Sources.entity("Paint", """
                @Entity
                public class Paint {
                  @Id private Long id;
                  @Enumerated(EnumType.STRING)
                  @org.hibernate.annotations.JdbcTypeCode(6001) private Thread.State state;
                }
                """);

        Compilation compilation = Sources.compileStrict(src, jdbcTypeCode);

        assertThat(compilation).hadErrorContaining("[MIGRATE-101] @JdbcTypeCode(SqlTypes.NAMED_ENUM) on Paint.state"
                + " makes Hibernate 7.4 create a PostgreSQL enum type")
                .inFile(src).onLineContaining("@org.hibernate.annotations.JdbcTypeCode");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEnumWithAnEnumeratedValueIsNotSupportedYet() {
        JavaFileObject src = Sources.entity("Paint", """
                @Entity
                public class Paint {
                  @Id private Long id;
                  @Enumerated(EnumType.STRING)
                  private Gloss gloss;
                  public enum Gloss {
                    MATT("m"), SHINY("s");
                    @EnumeratedValue private final String code;
                    Gloss(String code) { this.code = code; }
                  }
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-104] Paint.gloss is an enum whose field code"
                + " carries @EnumeratedValue, which Migrate does not map yet").inFile(src)
                .onLineContaining("private Gloss gloss");
    }

    @Test
    void aCheckConstraintWithoutConditionIsReportedAtIt() {
        JavaFileObject src = Sources.entity("Price", """
                @Entity
                public class Price {
                  @Id private Long id;
                  @Column(check = @CheckConstraint(name = "low_check", constraint = "  "))
                  private Integer low;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-112] @CheckConstraint in @Column(check) of"
                + " Price.low has no condition: write it in constraint, for example constraint = \"price >= 0\"")
                .inFile(src).onLineContaining("constraint = \"  \"");
    }

    @Test
    void checkConstraintOptionsAreNotSupported() {
        JavaFileObject src = Sources.entity("Price", """
                @Entity
                @Table(check = @CheckConstraint(constraint = "low > 0",
                                                options = "NO INHERIT"))
                public class Price {
                  @Id private Long id;
                  private Integer low;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-110] @CheckConstraint(options = \"NO INHERIT\")"
                + " in @Table(check) of Price is not supported yet by Migrate: it cannot tell what SQL Hibernate"
                + " creates from it. Remove the options").inFile(src).onLineContaining("options = ");
    }

    @Test
    void aCheckNamePostgreSqlCannotHoldIsReported() {
        JavaFileObject src = Sources.entity("Price", """
                @Entity
                @Table(check = @CheckConstraint(name = " ", constraint = "low > 0"))
                public class Price {
                  @Id private Long id;
                  private Integer low;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-111] The name \" \" of @CheckConstraint"
                + " in @Table(check) of Price cannot be used: the name is blank").inFile(src).onLineContaining("@Table(check");
    }

    @Test
    void twoChecksOfOneNameAreReportedAtTheSecond() {
        JavaFileObject src = Sources.entity("Price", """
                @Entity
                @Table(check = @CheckConstraint(name = "price_check", constraint = "low > 0"))
                public class Price {
                  @Id private Long id;
                  @Column(check = @CheckConstraint(name = "price_check", constraint = "low < 10"))
                  private Integer low;
                }
                """);

        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-113] Table price of Price would get two check"
                + " constraints named price_check. Give one of them another name").inFile(src)
                .onLineContaining("@Table(check");
    }
}
