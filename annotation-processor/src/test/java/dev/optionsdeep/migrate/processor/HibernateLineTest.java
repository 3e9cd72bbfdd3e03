package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -Amigrate.hibernate}: the rules of each Hibernate line where their exports differ (each difference seen in
 * the parity models' exports by Hibernate 6.6.33, 7.2.19 and 7.4.13, see HibernateLinesParityIT), the line the
 * snapshot records, and the option's diagnostics.
 */
class HibernateLineTest {

    private static final JavaFileObject[] MODEL = {
            Sources.entity("Shelf", """
                    @Entity
                    public class Shelf {
                      @Id private Long id;
                      @Version private Long version;
                      private LocalTime opens;
                      @ElementCollection private Set<String> labels;
                      @ElementCollection @OrderColumn private List<String> picks;
                      @OneToMany private Set<Box> boxes;
                    }
                    """),
            Sources.entity("Box", """
                    @Entity
                    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                    public class Box {
                      @Id private Long id;
                    }
                    """),
            Sources.entity("Crate", """
                    @Entity
                    public class Crate extends Box {
                      @ManyToOne(optional = false) private Shelf home;
                    }
                    """)};

    private static String mapped(String line) {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.hibernate=" + line), MODEL);
        assertThat(compilation).succeededWithoutWarnings();
        return Sources.describe(compilation, "default");
    }

    @Test
    void hibernate74ChecksPositionsKeysSetsByTargetAndMakesVersionsNotNull() {
        assertEquals("""
                table box
                  id bigint not null
                  dtype character varying(31) not null
                  home_id bigint null
                  primary key box_pkey [id]
                  foreign key box_home_id_fkey (home_id) references shelf(id)
                  check box_dtype_Crate_check dtype <> 'Crate' or (home_id is not null)
                  check box_dtype_check dtype in ('Box','Crate')
                table shelf
                  id bigint not null
                  version bigint not null
                  opens time(0) without time zone null
                  primary key shelf_pkey [id]
                table shelf_box
                  shelf_id bigint not null
                  boxes_id bigint not null
                  primary key shelf_box_pkey [boxes_id]
                  foreign key shelf_box_boxes_id_fkey (boxes_id) references box(id)
                  foreign key shelf_box_shelf_id_fkey (shelf_id) references shelf(id)
                table shelf_labels
                  shelf_id bigint not null
                  labels character varying(255) null
                  unique shelf_labels_shelf_id_labels_key [shelf_id, labels]
                  foreign key shelf_labels_shelf_id_fkey (shelf_id) references shelf(id)
                table shelf_picks
                  shelf_id bigint not null
                  picks_order integer not null
                  picks character varying(255) null
                  primary key shelf_picks_pkey [picks_order, shelf_id]
                  foreign key shelf_picks_shelf_id_fkey (shelf_id) references shelf(id)
                  check shelf_picks_picks_order_check picks_order >= 0
                """, mapped("7.4"));
    }

    @Test
    void hibernate72NeitherChecksPositionsNorKeepsNullableSetsUniqueAndKeysSetsByOwnerAndTarget() {
        assertEquals("""
                table box
                  id bigint not null
                  dtype character varying(31) not null
                  home_id bigint null
                  primary key box_pkey [id]
                  foreign key box_home_id_fkey (home_id) references shelf(id)
                  check box_dtype_Crate_check dtype <> 'Crate' or (home_id is not null)
                  check box_dtype_check dtype in ('Box','Crate')
                table shelf
                  id bigint not null
                  version bigint null
                  opens time(0) without time zone null
                  primary key shelf_pkey [id]
                table shelf_box
                  shelf_id bigint not null
                  boxes_id bigint not null
                  primary key shelf_box_pkey [shelf_id, boxes_id]
                  unique shelf_box_boxes_id_key [boxes_id]
                  foreign key shelf_box_boxes_id_fkey (boxes_id) references box(id)
                  foreign key shelf_box_shelf_id_fkey (shelf_id) references shelf(id)
                table shelf_labels
                  shelf_id bigint not null
                  labels character varying(255) null
                  foreign key shelf_labels_shelf_id_fkey (shelf_id) references shelf(id)
                table shelf_picks
                  shelf_id bigint not null
                  picks_order integer not null
                  picks character varying(255) null
                  primary key shelf_picks_pkey [picks_order, shelf_id]
                  foreign key shelf_picks_shelf_id_fkey (shelf_id) references shelf(id)
                """, mapped("7.2"));
    }

    @Test
    void hibernate66AlsoLeavesSingleTablesUncheckedAndKeepsMicrosecondsOfATime() {
        assertEquals("""
                table box
                  id bigint not null
                  dtype character varying(31) not null
                  home_id bigint not null
                  primary key box_pkey [id]
                  foreign key box_home_id_fkey (home_id) references shelf(id)
                table shelf
                  id bigint not null
                  version bigint null
                  opens time(6) without time zone null
                  primary key shelf_pkey [id]
                table shelf_box
                  shelf_id bigint not null
                  boxes_id bigint not null
                  primary key shelf_box_pkey [shelf_id, boxes_id]
                  unique shelf_box_boxes_id_key [boxes_id]
                  foreign key shelf_box_boxes_id_fkey (boxes_id) references box(id)
                  foreign key shelf_box_shelf_id_fkey (shelf_id) references shelf(id)
                table shelf_labels
                  shelf_id bigint not null
                  labels character varying(255) null
                  foreign key shelf_labels_shelf_id_fkey (shelf_id) references shelf(id)
                table shelf_picks
                  shelf_id bigint not null
                  picks_order integer not null
                  picks character varying(255) null
                  primary key shelf_picks_pkey [picks_order, shelf_id]
                  foreign key shelf_picks_shelf_id_fkey (shelf_id) references shelf(id)
                """, mapped("6.6"));
    }

    @Test
    void theSnapshotRecordsAnOlderLineAndNotTheDefault() throws IOException {
        assertTrue(snapshot(Sources.compileWith(List.of("-Amigrate.hibernate=6.6"), MODEL)).contains("\"hibernate\": \"6.6\""));
        assertFalse(snapshot(Sources.compileWith(List.of("-Amigrate.hibernate=7.4"), MODEL)).contains("\"hibernate\""));
    }

    @Test
    void anUnknownLineIsAnErrorNamingTheLinesMigrateMapsFor() throws IOException {
        Compilation strict = Sources.compileWith(List.of("-Amigrate.hibernate=5.6", "-Amigrate.strict=true"), MODEL);
        assertThat(strict).hadErrorContaining("[MIGRATE-122] -Amigrate.hibernate=5.6 names no Hibernate line Migrate"
                + " maps for, so every snapshot is marked incomplete. Use 6.6, 7.2 or 7.4");
        // As every option Migrate cannot follow: the build goes on, with the model marked incomplete.
        Compilation lenient = Sources.compileWith(List.of("-Amigrate.hibernate=5.6"), MODEL);
        assertThat(lenient).hadWarningContaining("[MIGRATE-122] -Amigrate.hibernate=5.6 names no Hibernate line");
        assertTrue(snapshot(lenient).contains("\"problems\""), "an incomplete snapshot");
    }

    @Test
    void withoutTheOptionTheLineOfTheHibernateOnTheCompileClassPathIsUsedAndSaid() {
        // This module's tests compile against hibernate-core 7.4 (annotation-processor/pom.xml).
        Compilation compilation = Sources.compileWith(List.of(), MODEL);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining("Migrate maps the entities as Hibernate 7.4 does (the hibernate-core on"
                + " the compile class path)");
        assertEquals(mapped("7.4"), Sources.describe(compilation, "default"));
    }

    /**
     * Hibernate 7.0 and 7.1 (Keycloak 26.5 runs 7.1, on Quarkus 3.27) export what 7.2 does, single-table checks
     * included, but lack 7.2's {@code @EmbeddedTable}: their line is told by {@code @NativeGenerator}, which came with
     * 7.0. Stand-ins for each line's annotations take the place of the hibernate-core jar.
     */
    @Test
    void hibernate70And71OnTheCompileClassPathMapAs72AndHibernate6As66() {
        assertEquals(mapped("7.2"), Sources.describe(withHibernateAnnotations("7.2", "Formula", "NativeGenerator"), "default"));
        assertEquals(mapped("6.6"), Sources.describe(withHibernateAnnotations("6.6", "Formula", "JdbcTypeCode"),
                "default"));
    }

    /**
     * Hibernate 3 to 5 (legacy models, Broadleaf Commerce's on 4.1) have {@code @Formula} but not {@code @JdbcTypeCode},
     * which came with 6.0: the note says the line is older than any Migrate maps for, and that it maps as 6.6 does.
     */
    @Test
    void hibernateOlderThan6OnTheCompileClassPathIsSaidAndMapsAs66() {
        Compilation compilation = withHibernateAnnotations(null, "Formula");
        assertThat(compilation).hadNoteContaining("The hibernate-core on the compile class path is older than"
                + " Hibernate 6, older than any line Migrate maps for (6.6, 7.2 or 7.4): Migrate maps the entities as"
                + " Hibernate 6.6 does, the oldest. Name the line your application will run with"
                + " -Amigrate.hibernate=6.6|7.2|7.4");
        assertEquals(mapped("6.6"), Sources.describe(compilation, "default"));
    }

    /**
     * MODEL compiled without hibernate-core, beside stand-ins for {@code annotations} of org.hibernate.annotations;
     * the note naming {@code expectedLine} checked unless it is null.
     */
    private static Compilation withHibernateAnnotations(String expectedLine, String... annotations) {
        List<java.io.File> withoutHibernate = java.util.Arrays.stream(System.getProperty("java.class.path")
                        .split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("hibernate-core")).map(java.io.File::new).toList();
        List<JavaFileObject> sources = new java.util.ArrayList<>(List.of(MODEL));
        for (String annotation : annotations) {
            sources.add(Sources.source("org.hibernate.annotations." + annotation,
                    "package org.hibernate.annotations;\npublic @interface " + annotation + " {}\n"));
        }
        Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new EntityProcessor())
                .withClasspath(withoutHibernate).withOptions("-Amigrate.check=false").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        if (expectedLine != null) {
            assertThat(compilation).hadNoteContaining("Migrate maps the entities as Hibernate " + expectedLine
                    + " does (the hibernate-core on the compile class path)");
        }
        return compilation;
    }

    private static String snapshot(Compilation compilation) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/migrate/default.schema.json")
                .orElseThrow().getCharContent(true).toString();
    }
}
