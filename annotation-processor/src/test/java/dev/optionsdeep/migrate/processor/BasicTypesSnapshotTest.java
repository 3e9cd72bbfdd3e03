package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Basic types and column fidelity, each expectation checked against the DDL Hibernate ORM 7.4.13
 * exports with PostgreSQLDialect (see the parity model {@code parity/types} in {@code it/}).
 * Hibernate's annotations are declared here in their shape: the processor reads them by name.
 */
class BasicTypesSnapshotTest {

    private static JavaFileObject hibernate(String simpleName, String members) {
        return Sources.source("org.hibernate.annotations." + simpleName, """
                package org.hibernate.annotations;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.RUNTIME)
                public @interface %s { %s }
                """.formatted(simpleName, members));
    }

    private static final List<JavaFileObject> HIBERNATE = List.of(
            hibernate("CreationTimestamp", ""), hibernate("UpdateTimestamp", ""), hibernate("CurrentTimestamp", ""),
            hibernate("JdbcTypeCode", "int value();"), hibernate("NaturalId", "boolean mutable() default false;"),
            hibernate("TenantId", ""), hibernate("Formula", "String value();"), hibernate("Nationalized", ""),
            hibernate("Generated", ""));

    private static Compilation compile(JavaFileObject... sources) {
        List<JavaFileObject> all = new java.util.ArrayList<>(HIBERNATE);
        all.addAll(List.of(sources));
        return Sources.compile(all);
    }

    @Test
    void timestampGeneratorsMakeTheColumnNotNullWhateverColumnSays() {
        JavaFileObject src = Sources.entity("Event", """
                import org.hibernate.annotations.*;
                @Entity
                public class Event {
                  @Id private Long id;
                  @CreationTimestamp private Instant created;
                  @CreationTimestamp @Column(nullable = true) private LocalDateTime createdLocal;
                  @UpdateTimestamp @Column(nullable = true) private OffsetDateTime updated;
                  @CurrentTimestamp private Date seen;
                  private Instant plain;
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table event
                  id bigint not null
                  created timestamp(6) with time zone not null
                  createdlocal timestamp(6) without time zone not null
                  updated timestamp(6) with time zone not null
                  seen timestamp(6) without time zone not null
                  plain timestamp(6) with time zone null
                  primary key event_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void anEnumNameOfLengthOneIsACharAndAKeyColumnGetsNoUniqueConstraint() {
        JavaFileObject src = Sources.entity("Rating", """
                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(columnNames = "id"),
                       indexes = @Index(columnList = "id", unique = true))
                public class Rating {
                  @Id @Column(unique = true) private Long id;
                  @Enumerated(EnumType.STRING) @Column(length = 1) private Grade letter;
                  @Enumerated(EnumType.STRING) @Column(length = 2) private Grade wide;
                  @Column(length = 1) private String initial;
                  public enum Grade { A, B }
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table rating
                  id bigint not null
                  letter character(1) null
                  wide character varying(2) null
                  initial character varying(1) null
                  primary key rating_pkey [id]
                  check rating_letter_check letter in ('A','B')
                  check rating_wide_check wide in ('A','B')
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void jdkTypesLargeObjectsArraysAndSerializedValues() {
        JavaFileObject src = Sources.entity("Profile", """
                @Entity
                public class Profile {
                  @Id private Long id;
                  private Locale locale;
                  private Currency currency;
                  @Column(length = 5) private Currency wideCurrency;
                  private TimeZone timeZone;
                  private ZoneId zone;
                  private ZoneOffset utcOffset;
                  private java.net.URL homepage;
                  private java.net.InetAddress address;
                  private Class<?> handler;
                  private java.sql.Blob photo;
                  private java.sql.Clob biography;
                  private String[] answers;
                  @Column(length = 20) private String[] shortAnswers;
                  private int[] ranks;
                  private UUID[] respondents;
                  @Enumerated(EnumType.STRING) @Column(length = 1) private Grade[] grades;
                  private List<String> labels;
                  private Set<Long> buckets;
                  private YearMonth period;
                  public enum Grade { A, B }
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table profile
                  id bigint not null
                  locale character varying(255) null
                  currency character varying(3) null
                  widecurrency character varying(5) null
                  timezone character varying(255) null
                  zone character varying(255) null
                  utcoffset character varying(6) null
                  homepage character varying(255) null
                  address inet null
                  handler character varying(255) null
                  photo oid null
                  biography oid null
                  answers character varying(255)[] null
                  shortanswers character varying(20)[] null
                  ranks integer[] null
                  respondents uuid[] null
                  grades character(1)[] null
                  labels character varying(255)[] null
                  buckets bigint[] null
                  period bytea null
                  primary key profile_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void jdbcTypeCodesNaturalIdsTenantAndFormula() {
        JavaFileObject src = Sources.entity("Document", """
                import org.hibernate.annotations.*;
                @Entity
                public class Document {
                  @jakarta.persistence.Id @JdbcTypeCode(1) private UUID id;
                  @JdbcTypeCode(3001) private Map<String, Object> attributes;
                  @JdbcTypeCode(3001) @Column(nullable = false) private String payload;
                  @JdbcTypeCode(1) @Column(length = 3) private String code;
                  @JdbcTypeCode(-1) private String body;
                  @JdbcTypeCode(-1) @Column(length = 100) private String summary;
                  @JdbcTypeCode(4001) private String content;
                  @JdbcTypeCode(12) private UUID externalId;
                  @JdbcTypeCode(2009) private String markup;
                  @JdbcTypeCode(-6) private Integer priority;
                  @JdbcTypeCode(4) private Boolean archived;
                  @Nationalized private String title;
                  @NaturalId private String zeta;
                  @NaturalId(mutable = true) private String alpha;
                  @TenantId private String tenant;
                  @Formula("length(title)") private Integer titleLength;
                }
                """);

        Compilation compilation = compile(src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table document
                  id character(36) not null
                  attributes jsonb null
                  payload jsonb not null
                  code character(3) null
                  body character varying(32600) null
                  summary character varying(100) null
                  content text null
                  externalid character varying(36) null
                  markup xml null
                  priority smallint null
                  archived integer null
                  title character varying(255) null
                  zeta character varying(255) null
                  alpha character varying(255) null
                  tenant character varying(255) not null
                  primary key document_pkey [id]
                  unique document_alpha_zeta_key [alpha, zeta]
                """, Sources.describe(compilation, "default"));
    }

    private static final List<JavaFileObject> SOFT_DELETE = List.of(
            Sources.source("org.hibernate.annotations.SoftDeleteType", """
                    package org.hibernate.annotations;
                    public enum SoftDeleteType { ACTIVE, DELETED, TIMESTAMP }
                    """),
            hibernate("SoftDelete", "String columnName() default \"\"; SoftDeleteType strategy() default"
                    + " SoftDeleteType.DELETED; Class<?> converter() default UnspecifiedConversion.class;"
                    + " interface UnspecifiedConversion {}"),
            hibernate("Array", "int length();"),
            Sources.source("org.hibernate.type.YesNoConverter", """
                    package org.hibernate.type;
                    public class YesNoConverter {}
                    """));

    @Test
    void softDeleteAddsItsColumnAndArrayCodesChangeNothing() {
        JavaFileObject src = Sources.entity("Note", """
                import org.hibernate.annotations.*;
                @Entity
                @SoftDelete
                public class Note {
                  @jakarta.persistence.Id private Long id;
                  @JdbcTypeCode(2003) private List<String> topics;
                  @Array(length = 10) private String[] topTen;
                }
                """);
        JavaFileObject flagged = Sources.entity("Member", """
                import org.hibernate.annotations.*;
                @Entity
                @SoftDelete(strategy = SoftDeleteType.ACTIVE, converter = org.hibernate.type.YesNoConverter.class)
                public class Member {
                  @jakarta.persistence.Id private Long id;
                }
                """);
        JavaFileObject stamped = Sources.entity("Reminder", """
                import org.hibernate.annotations.*;
                @Entity
                @SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "removedAt")
                public class Reminder {
                  @jakarta.persistence.Id private Long id;
                }
                """);
        List<JavaFileObject> all = new java.util.ArrayList<>(SOFT_DELETE);
        all.addAll(List.of(src, flagged, stamped));

        Compilation compilation = compile(all.toArray(JavaFileObject[]::new));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table member
                  id bigint not null
                  active character(1) not null
                  primary key member_pkey [id]
                  check member_active_check active in ('Y','N')
                table note
                  id bigint not null
                  topics character varying(255)[] null
                  topten character varying(255)[] null
                  deleted boolean not null
                  primary key note_pkey [id]
                table reminder
                  id bigint not null
                  removedat timestamp(6) with time zone null
                  primary key reminder_pkey [id]
                """, Sources.describe(compilation, "default"));
        // Hibernate comments the column; the snapshot keeps the comment of each of the three.
        assertEquals(3, Sources.snapshot(compilation, "default").split("Soft-delete indicator", -1).length - 1);
    }

    @Test
    void typesHibernateRefusesAreReportedSayingSo() {
        JavaFileObject src = Sources.entity("Blobby", """
                import org.hibernate.annotations.*;
                @Entity
                public class Blobby {
                  @jakarta.persistence.Id private Long id;
                  private Character[] letters;
                  private Thread worker;
                  @JdbcTypeCode(6001) private Thread.State state;
                }
                """);

        Compilation compilation = Sources.compileStrict(java.util.stream.Stream.concat(HIBERNATE.stream(), java.util.stream.Stream.of(src))
                        .toArray(JavaFileObject[]::new));

        assertThat(compilation).hadErrorContaining("[MIGRATE-101] Blobby.letters has type java.lang.Character[], which"
                + " Hibernate 7.4 refuses to map by default").inFile(src).onLineContaining("letters");
        assertThat(compilation).hadErrorContaining("[MIGRATE-101] Blobby.worker has type java.lang.Thread, which"
                + " Migrate cannot map to a column yet (nor can Hibernate 7.4").inFile(src).onLineContaining("worker");
        assertThat(compilation).hadErrorContaining("[MIGRATE-101] @JdbcTypeCode(SqlTypes.NAMED_ENUM) on Blobby.state")
                .inFile(src).onLineContaining("state");
        assertThat(compilation).hadErrorCount(3);
    }
}
