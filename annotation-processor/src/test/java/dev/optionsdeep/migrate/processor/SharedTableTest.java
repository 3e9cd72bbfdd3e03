package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two entities on one table (OpenOLAT's light entities): Hibernate 6.6 to 7.4 makes one table of them, keeping a
 * column both map as the entity it registers first defines it. Mapped where that order cannot matter, reported
 * (MIGRATE-108, naming what differs) where it can (the parity model {@code onetable}).
 */
class SharedTableTest {

    private static final JavaFileObject MEMBER = Sources.entity("Member", """
            @Entity
            @Table(name = "members", indexes = @Index(name = "members_email_idx", columnList = "email"))
            public class Member {
              @Id private Long id;
              @Version private int version;
              @Column(nullable = false, length = 80, unique = true) private String name;
              private String email;
              private Instant lastLogin;
            }
            """);

    @Test
    void aNarrowerViewThatMapsEveryColumnAlikeAddsItsOwnColumnsAndConstraints() {
        JavaFileObject login = Sources.entity("MemberLogin", """
                @Entity(name = "memberlogin")
                @Table(name = "members", uniqueConstraints = @UniqueConstraint(columnNames = {"name", "realm"}),
                       indexes = @Index(name = "members_realm_idx", columnList = "realm"))
                public class MemberLogin {
                  @Id private Long id;
                  @Column(nullable = false, length = 80, unique = true) private String name;
                  private Instant lastLogin;
                  @Column(length = 20) private String realm;
                }
                """);

        Compilation compilation = Sources.compile(login, MEMBER);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table members
                  id bigint not null
                  version integer not null
                  name character varying(80) not null
                  email character varying(255) null
                  lastlogin timestamp(6) with time zone null
                  realm character varying(20) null
                  primary key members_pkey [id]
                  unique members_name_key [name]
                  unique members_name_realm_key [name, realm]
                  index members_email_idx [email]
                  index members_realm_idx [realm]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aColumnMappedWithAnotherNullabilityIsReportedByName() {
        JavaFileObject login = Sources.entity("MemberLogin", """
                @Entity(name = "memberlogin")
                @Table(name = "members")
                public class MemberLogin {
                  @Id private Long id;
                  @Column(nullable = false) private Instant lastLogin;
                }
                """);

        Compilation compilation = Sources.compileStrict(login, MEMBER);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108] @Entity MemberLogin maps to table members of database"
                + " default, which @Entity com.example.Member also maps to").inFile(login).onLineContaining("@Entity");
        assertThat(compilation).hadErrorContaining("column lastlogin is 'lastlogin timestamp(6) with time zone not null'"
                + " in MemberLogin and 'lastlogin timestamp(6) with time zone null' in Member");
        assertThat(compilation).hadErrorContaining("(-Amigrate.exclude=com.example.MemberLogin)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anotherPrimaryKeyIsReported() {
        JavaFileObject byName = Sources.entity("MemberByName", """
                @Entity
                @Table(name = "members")
                public class MemberByName {
                  @Id @Column(nullable = false, length = 80, unique = true) private String name;
                }
                """);

        assertThat(Sources.compileStrict(byName, MEMBER)).hadErrorContaining("the primary key is [name] in"
                + " MemberByName and [id] in Member");
    }

    @Test
    void aColumnUniqueInOneEntityOnlyIsReported() {
        JavaFileObject login = Sources.entity("MemberLogin", """
                @Entity
                @Table(name = "members")
                public class MemberLogin {
                  @Id private Long id;
                  @Column(nullable = false, length = 80) private String name;
                }
                """);

        assertThat(Sources.compileStrict(login, MEMBER)).hadErrorContaining("column name is unique in Member and not"
                + " in MemberLogin");
    }

    @Test
    void anIndexOfOneNameOverOtherColumnsIsReported() {
        JavaFileObject login = Sources.entity("MemberLogin", """
                @Entity
                @Table(name = "members", indexes = @Index(name = "members_email_idx", columnList = "email, realm"))
                public class MemberLogin {
                  @Id private Long id;
                  private String email;
                  private String realm;
                }
                """);

        assertThat(Sources.compileStrict(login, MEMBER)).hadErrorContaining("the index members_email_idx is [email,"
                + " realm] in MemberLogin and [email] in Member (Hibernate makes one index of both lists)");
    }
}
