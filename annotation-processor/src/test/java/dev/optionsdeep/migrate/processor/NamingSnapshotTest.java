package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code -Amigrate.naming=snake_case}: golden snapshot checked against the DDL Hibernate ORM 7.4
 * exports with {@code hibernate.physical_naming_strategy =
 * org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl}; and its diagnostics.
 */
class NamingSnapshotTest {

    private static final List<String> SNAKE_CASE = List.of("-Amigrate.naming=snake_case");

    @Test
    void snakeCaseNamingConvertsTablesColumnsAndColumnReferencesButNotConstraintNames() {
        JavaFileObject info = Sources.entity("CompanyInfo", """
                @Entity
                @Table(indexes = {@Index(columnList = "fullName"), @Index(name = "myNamedIdx", columnList = "hello1D2")},
                       uniqueConstraints = @UniqueConstraint(name = "MyUnique", columnNames = "wordWithDigitD1"))
                public class CompanyInfo {
                  @Id private Long abcdEfghI21;
                  private String wordWithDigitD1;
                  private String hello1D2;
                  private String fullName;
                  private String myURL;
                  @Column(name = "\\"quoted_name\\"") private String quoted;
                  @Column(name = "explicitName") private String explicit;
                  private PostalAddress homeAddress;
                }
                """);
        JavaFileObject address = Sources.entity("PostalAddress", """
                @Embeddable
                public class PostalAddress {
                  private String streetName;
                }
                """);
        JavaFileObject named = Sources.entity("OtherTable", """
                @Entity(name = "SomeEntity")
                public class OtherTable {
                  @Id private Long id;
                }
                """);
        JavaFileObject explicit = Sources.entity("ExplicitTable", """
                @Entity
                @Table(name = "MyTable")
                public class ExplicitTable {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compileWith(SNAKE_CASE, info, address, named, explicit);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table company_info
                  abcd_efgh_i21 bigint not null
                  word_with_digit_d1 character varying(255) null
                  hello1_d2 character varying(255) null
                  full_name character varying(255) null
                  myurl character varying(255) null
                  quoted_name character varying(255) null
                  explicit_name character varying(255) null
                  street_name character varying(255) null
                  primary key company_info_pkey [abcd_efgh_i21]
                  unique myunique [word_with_digit_d1]
                  index company_info_full_name_idx [full_name]
                  index mynamedidx [hello1_d2]
                table my_table
                  id bigint not null
                  primary key my_table_pkey [id]
                table some_entity
                  id bigint not null
                  primary key some_entity_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    /**
     * A quoted name is kept as written by Hibernate 7's snake-case strategy and converted by 6.6's (their sources; parity
     * model {@code snake}'s {@code SnSetting} under 7.4).
     */
    @Test
    void aQuotedNameIsKeptUnderHibernate7AndConvertedUnder66() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                @Table(name = "`companyRecord`")
                public class Company {
                  @Id private Long id;
                  @Column(name = "\\"TickerSymbol\\"") private String ticker;
                }
                """);

        Compilation seven = Sources.compileWith(SNAKE_CASE, src);
        assertThat(seven).succeededWithoutWarnings();
        assertEquals("""
                table companyRecord
                  id bigint not null
                  TickerSymbol character varying(255) null
                  primary key companyRecord_pkey [id]
                """, Sources.describe(seven, "default"));
        List<String> six = new java.util.ArrayList<>(SNAKE_CASE);
        six.add("-Amigrate.hibernate=6.6");
        Compilation sixSix = Sources.compileWith(six, src);
        assertThat(sixSix).succeededWithoutWarnings();
        assertEquals("""
                table company_record
                  id bigint not null
                  ticker_symbol character varying(255) null
                  primary key company_record_pkey [id]
                """, Sources.describe(sixSix, "default"));
    }

    @Test
    void anUnknownNamingIsAnErrorInStrictModeAndMarksTheSnapshotIncomplete() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=camel", "-Amigrate.strict=true"), src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-122] -Amigrate.naming=camel names no naming Migrate knows");
        assertThat(compilation).hadErrorContaining("Use -Amigrate.naming=jpa (Hibernate's default) or"
                + " -Amigrate.naming=snake_case");
        assertThat(compilation).hadErrorCount(1);

        // By default a warning; the option belongs to no database, so it makes every snapshot incomplete.
        Compilation lenient = Sources.compileWith(List.of("-Amigrate.naming=camel"), src);
        assertThat(lenient).succeeded();
        assertThat(lenient).hadWarningContaining("[MIGRATE-122] -Amigrate.naming=camel names no naming Migrate knows");
        dev.optionsdeep.migrate.snapshot.Snapshot snapshot = dev.optionsdeep.migrate.snapshot.SnapshotCodec.read(
                Sources.snapshot(lenient, "default"), "default");
        assertEquals(List.of("MIGRATE-122 at -Amigrate.naming"), snapshot.problems().stream()
                .map(p -> p.code() + " at " + p.where()).toList());
        assertEquals(1, snapshot.schema().tables().size());
    }
}
