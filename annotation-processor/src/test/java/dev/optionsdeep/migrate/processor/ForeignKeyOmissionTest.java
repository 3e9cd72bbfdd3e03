package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Foreign keys Hibernate 7.4 leaves out (checked against its schema export for the same entities):
 * those of a {@code @NotFound} relationship, and those {@code @ForeignKey(NO_CONSTRAINT)} switches off
 * in {@code @JoinTable} and {@code @CollectionTable}.
 */
class ForeignKeyOmissionTest {

    private static final JavaFileObject NOT_FOUND = Sources.source("org.hibernate.annotations.NotFound", """
            package org.hibernate.annotations;
            public @interface NotFound { NotFoundAction action() default NotFoundAction.EXCEPTION; }
            """);
    private static final JavaFileObject NOT_FOUND_ACTION = Sources.source("org.hibernate.annotations.NotFoundAction", """
            package org.hibernate.annotations;
            public enum NotFoundAction { EXCEPTION, IGNORE }
            """);
    private static final JavaFileObject TARGET = Sources.entity("Target", """
            @Entity
            public class Target {
              @Id private Long id;
            }
            """);

    @Test
    void notFoundAndNoConstraintLeaveTheForeignKeysOut() {
        Compilation compilation = Sources.compile(NOT_FOUND, NOT_FOUND_ACTION, TARGET, Sources.entity("Source", """
                import org.hibernate.annotations.NotFound;
                import org.hibernate.annotations.NotFoundAction;

                @Entity
                public class Source {
                  @Id private Long id;
                  @ManyToOne @NotFound(action = NotFoundAction.IGNORE) private Target ign;
                  @ManyToOne(optional = false) @NotFound private Target req;
                  @OneToOne @NotFound(action = NotFoundAction.IGNORE) private Target one;
                  @ManyToOne @NotFound(action = NotFoundAction.IGNORE) @JoinColumn(foreignKey = @ForeignKey(name = "fk_named"))
                  private Target named;
                  @ManyToMany @JoinTable(name = "s_m1", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                  private Set<Target> m1;
                  @ManyToMany @JoinTable(name = "s_m2", inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                  private Set<Target> m2;
                  @ManyToMany @JoinTable(name = "s_m3",
                      joinColumns = @JoinColumn(name = "s_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)))
                  private Set<Target> m3;
                  @ManyToMany @NotFound(action = NotFoundAction.IGNORE) @JoinTable(name = "s_m4") private Set<Target> m4;
                  @ElementCollection @CollectionTable(name = "s_tags", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                  private Set<String> tags;
                  @ElementCollection @CollectionTable(name = "s_tags2",
                      joinColumns = @JoinColumn(name = "s_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)))
                  private Set<String> tags2;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table s_m1
                  source_id bigint not null
                  m1_id bigint not null
                  primary key s_m1_pkey [source_id, m1_id]
                  foreign key s_m1_m1_id_fkey (m1_id) references target(id)
                table s_m2
                  source_id bigint not null
                  m2_id bigint not null
                  primary key s_m2_pkey [source_id, m2_id]
                  foreign key s_m2_source_id_fkey (source_id) references source(id)
                table s_m3
                  s_id bigint not null
                  m3_id bigint not null
                  primary key s_m3_pkey [m3_id, s_id]
                  foreign key s_m3_m3_id_fkey (m3_id) references target(id)
                table s_m4
                  source_id bigint not null
                  m4_id bigint not null
                  primary key s_m4_pkey [source_id, m4_id]
                  foreign key s_m4_source_id_fkey (source_id) references source(id)
                table s_tags
                  source_id bigint not null
                  tags character varying(255) null
                  unique s_tags_source_id_tags_key [source_id, tags]
                table s_tags2
                  s_id bigint not null
                  tags2 character varying(255) null
                  unique s_tags2_s_id_tags2_key [s_id, tags2]
                table source
                  id bigint not null
                  ign_id bigint null
                  req_id bigint not null
                  one_id bigint null
                  named_id bigint null
                  primary key source_pkey [id]
                  unique source_one_id_key [one_id]
                table target
                  id bigint not null
                  primary key target_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void notFoundOnAOneToManyIsReportedAsHibernateRefusesIt() {
        JavaFileObject source = Sources.entity("Source", """
                @Entity
                public class Source {
                  @Id private Long id;
                  @OneToMany @JoinColumn(name = "source_id") @org.hibernate.annotations.NotFound private List<Target> targets;
                }
                """);

        assertThat(Sources.compileStrict(NOT_FOUND, NOT_FOUND_ACTION, TARGET, source))
                .hadErrorContaining("[MIGRATE-123] @NotFound on Source.targets, a @OneToMany, makes Hibernate 7.4 refuse"
                        + " to start").inFile(source).onLineContaining("NotFound");
    }
}
