package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden snapshots for entity inheritance Migrate maps. Each expectation was checked against the DDL
 * Hibernate ORM 7.4 exports for the same entities with PostgreSQLDialect.
 */
class InheritanceSnapshotTest {

    @Test
    void tablePerClassGivesEachConcreteEntityATableWithEveryInheritedColumn() {
        JavaFileObject account = Sources.entity("Account", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                @Table(indexes = @Index(columnList = "owner"))
                public abstract class Account extends Audited {
                  @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;
                  @Column(nullable = false) private String owner;
                  @Column(unique = true, length = 34) private String iban;
                  private int flags;
                }
                """);
        JavaFileObject audited = Sources.entity("Audited", """
                @MappedSuperclass
                public abstract class Audited {
                  private Instant createdAt;
                }
                """);
        JavaFileObject savings = Sources.entity("Savings", """
                @Entity
                @Table(name = "savings_accounts", indexes = @Index(columnList = "rate"))
                public class Savings extends Account {
                  @Column(precision = 5, scale = 3) private BigDecimal rate;
                }
                """);
        JavaFileObject checking = Sources.entity("Checking", """
                @Entity
                @DiscriminatorValue("C")
                public class Checking extends Account {
                  private long overdraft;
                }
                """);
        JavaFileObject premium = Sources.entity("Premium", """
                @Entity
                public class Premium extends Checking {
                  private String tier;
                }
                """);

        Compilation compilation = Sources.compile(account, audited, savings, checking, premium);

        assertThat(compilation).succeededWithoutWarnings();
        // No table for the abstract Account, so its index goes nowhere; iban's unique key follows the column.
        assertEquals("""
                table checking
                  createdat timestamp(6) with time zone null
                  id uuid not null
                  owner character varying(255) not null
                  iban character varying(34) null
                  flags integer not null
                  overdraft bigint not null
                  primary key checking_pkey [id]
                  unique checking_iban_key [iban]
                table premium
                  createdat timestamp(6) with time zone null
                  id uuid not null
                  owner character varying(255) not null
                  iban character varying(34) null
                  flags integer not null
                  overdraft bigint not null
                  tier character varying(255) null
                  primary key premium_pkey [id]
                  unique premium_iban_key [iban]
                table savings_accounts
                  createdat timestamp(6) with time zone null
                  id uuid not null
                  owner character varying(255) not null
                  iban character varying(34) null
                  flags integer not null
                  rate numeric(5,3) null
                  primary key savings_accounts_pkey [id]
                  unique savings_accounts_iban_key [iban]
                  index savings_accounts_rate_idx [rate]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aConcreteTablePerClassRootKeepsItsOwnTableAndConstraints() {
        JavaFileObject branch = Sources.entity("Branch", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                @Table(uniqueConstraints = @UniqueConstraint(columnNames = "code"))
                public class Branch {
                  @Id private Long id;
                  @Column(length = 8) private String code;
                }
                """);
        JavaFileObject kiosk = Sources.entity("Kiosk", """
                @Entity
                public class Kiosk extends Branch {
                  private Boolean staffed;
                }
                """);

        Compilation compilation = Sources.compile(branch, kiosk);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table branch
                  id bigint not null
                  code character varying(8) null
                  primary key branch_pkey [id]
                  unique branch_code_key [code]
                table kiosk
                  id bigint not null
                  code character varying(8) null
                  staffed boolean null
                  primary key kiosk_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void anEntityNoOtherEntityExtendsIsAPlainTableWhateverItsInheritanceStrategy() {
        JavaFileObject ledger = Sources.entity("Ledger", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Ledger {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                }
                """);
        JavaFileObject journal = Sources.entity("Journal", """
                @Entity
                @Inheritance
                public class Journal {
                  @Id private Long id;
                }
                """);
        JavaFileObject register = Sources.entity("Register", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public class Register {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                }
                """);

        Compilation compilation = Sources.compile(ledger, journal, register);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table journal
                  id bigint not null
                  primary key journal_pkey [id]
                table ledger
                  id bigint identity not null
                  primary key ledger_pkey [id]
                table register
                  id bigint identity not null
                  primary key register_pkey [id]
                """, Sources.describe(compilation, "default"));
    }
}
