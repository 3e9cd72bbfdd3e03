package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @Unmanaged} and {@code -Amigrate.exclude}: what the user manages by hand is absent from the
 * snapshot and unreported, and the snapshot is complete without it.
 */
class EscapeHatchTest {

    /** Hibernate would map it, Migrate cannot: no @Id is the simplest such entity. */
    private static final String LEGACY_BODY = """
            public class Legacy {
              @Id private Long id;
              @org.hibernate.annotations.PartitionKey private Long twice;
            }
            """;

    private static final JavaFileObject ORDER = Sources.entity("Order", """
            @Entity
            @Table(name = "orders")
            public class Order {
              @Id private Long id;
              @ManyToOne private Legacy legacy;
            }
            """);

    @Test
    void anUnmanagedEntityIsLeftOutUnreportedAndStillAForeignKeyTarget() {
        Compilation c = Sources.compile(Sources.entity("Legacy", "@Entity @dev.optionsdeep.migrate.Unmanaged(\"billing owns it\")\n"
                + LEGACY_BODY), ORDER);
        assertThat(c).succeededWithoutWarnings();
        assertExcludedLegacy(c);
    }

    @Test
    void anEntityExcludedByNameIsLeftOutLikewise() {
        Compilation c = Sources.compileWith(List.of("-Amigrate.exclude=com.example.Legacy"),
                Sources.entity("Legacy", "@Entity\n" + LEGACY_BODY), ORDER);
        assertThat(c).succeededWithoutWarnings();
        assertExcludedLegacy(c);
    }

    @Test
    void aTableExcludedByNameIsLeftOutLikewise() {
        Compilation c = Sources.compileWith(List.of("-Amigrate.exclude= audit_log , legacy"),
                Sources.entity("Legacy", "@Entity\n" + LEGACY_BODY), ORDER, Sources.entity("Audit", """
                @Entity
                @Table(name = "audit_log")
                public class Audit { private String what; }
                """));
        assertThat(c).succeededWithoutWarnings();
        assertExcludedLegacy(c);
    }

    private static void assertExcludedLegacy(Compilation c) {
        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(c, "default"), "default");
        assertTrue(snapshot.isComplete(), snapshot.problems().toString());
        assertEquals(List.of("orders"), snapshot.schema().tables().stream().map(t -> t.name()).toList());
        String orders = Sources.describe(c, "default");
        assertTrue(orders.contains("legacy_id bigint"), orders);
        assertTrue(orders.contains("(legacy_id) references legacy(id)"), orders);
    }

    @Test
    void anUnmanagedAttributeIsLeftOutAndItsConstructUnreported() {
        Compilation c = Sources.compile(Sources.entity("Owner", """
                @Entity
                public class Owner {
                  @Id private Long id;
                  @dev.optionsdeep.migrate.Unmanaged @org.hibernate.annotations.PartitionKey private String shout;
                  private String name;
                }
                """));
        assertThat(c).succeededWithoutWarnings();
        assertEquals("""
                table owner
                  id bigint not null
                  name character varying(255) null
                  primary key owner_pkey [id]
                """, Sources.describe(c, "default"));
    }

    @Test
    void anUnmanagedGetterAndAnAttributeExcludedByNameAreLeftOut() {
        Compilation c = Sources.compileWith(List.of("-Amigrate.exclude=com.example.Owner#notes"), Sources.entity("Owner", """
                @Entity
                @Access(AccessType.PROPERTY)
                public class Owner {
                  private Long id;
                  private String shout;
                  private String notes;
                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }
                  @dev.optionsdeep.migrate.Unmanaged @org.hibernate.annotations.PartitionKey
                  public String getShout() { return shout; }
                  public void setShout(String shout) { this.shout = shout; }
                  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
                  public String getNotes() { return notes; }
                  public void setNotes(String notes) { this.notes = notes; }
                }
                """));
        assertThat(c).succeededWithoutWarnings();
        assertEquals("""
                table owner
                  id bigint not null
                  primary key owner_pkey [id]
                """, Sources.describe(c, "default"));
    }

    /** Excluding an entity Migrate cannot read never makes the entities referencing it vanish silently. */
    @Test
    void anEntityReferencingAnUnreadableExcludedOneIsRecordedAsAProblem() {
        Compilation c = Sources.compileWith(List.of("-Amigrate.exclude=com.example.Legacy"),
                Sources.entity("Legacy", "@Entity public class Legacy { private String code; }"), ORDER);
        assertThat(c).succeeded();
        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(c, "default"), "default");
        assertFalse(snapshot.isComplete());
        assertEquals(List.of("MIGRATE-105 at com.example.Order"), snapshot.problems().stream()
                .map(p -> p.code() + " at " + p.where()).toList());
    }

    /** Without the escape hatch, the same model compiles with a warning at the element, and records it. */
    @Test
    void withoutItTheProblemIsAWarningAtTheElementAndTheSnapshotIsIncomplete() {
        JavaFileObject legacy = Sources.entity("Legacy", "@Entity\n" + LEGACY_BODY);
        Compilation c = Sources.compile(legacy, ORDER);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[MIGRATE-104] @PartitionKey on Legacy.twice").inFile(legacy)
                .onLineContaining("@org.hibernate.annotations.PartitionKey");
        assertThat(c).hadWarningContaining("exclude it: @Unmanaged on the entity or attribute, or"
                + " -Amigrate.exclude=<class, class#attribute or table>");
        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(c, "default"), "default");
        assertEquals(List.of(), snapshot.schema().tables().stream().map(t -> t.name()).toList());
        assertEquals(List.of("MIGRATE-104 at com.example.Legacy.twice", "MIGRATE-105 at com.example.Order"),
                snapshot.problems().stream().map(p -> p.code() + " at " + p.where()).toList());
        assertTrue(snapshot.problems().get(0).message().startsWith("@PartitionKey on Legacy.twice is not supported yet"),
                snapshot.problems().get(0).message());

        Compilation strict = Sources.compileStrict(legacy, ORDER);
        assertThat(strict).hadErrorContaining("[MIGRATE-104] @PartitionKey on Legacy.twice").inFile(legacy)
                .onLineContaining("@org.hibernate.annotations.PartitionKey");
    }

    /** A typo in the option would leave the problem reported without saying why: the option says so. */
    @Test
    void anExclusionThatMatchesNothingIsAWarning() {
        Compilation c = Sources.compileWith(List.of("-Amigrate.exclude=com.example.Legasy,com.example.Order#nots,audit_lg"),
                ORDER, Sources.entity("Legacy", "@Entity public class Legacy { @Id private Long id; }"));
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[MIGRATE-204] -Amigrate.exclude names what this compilation has not:"
                + " com.example.Legasy (no @Entity class of that name), com.example.Order#nots (no such class, or no field"
                + " or getter nots declared in it), audit_lg (no entity maps to a table of that name)");
        assertThat(Sources.compileWith(List.of("-Amigrate.exclude=com.example.Legacy,com.example.Order#legacy,orders"),
                ORDER, Sources.entity("Legacy", "@Entity public class Legacy { @Id private Long id; }")))
                .succeededWithoutWarnings();
    }
}
