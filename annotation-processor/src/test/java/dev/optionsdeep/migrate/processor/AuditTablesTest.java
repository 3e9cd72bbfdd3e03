package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit tables of Hibernate Envers (on this module's test class path, as in an audited application).
 * The rules themselves are checked against Hibernate's export with Envers by the parity corpus (models
 * {@code audited} and {@code revisions}); here: names under snake_case, and what is left out, said.
 */
class AuditTablesTest {

    @Test
    void auditTablesAndRevinfoTakeTheNaming() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=snake_case", "-Amigrate.strict=true"),
                Sources.entity("CustomerOrder", """
                        @Entity @org.hibernate.envers.Audited
                        public class CustomerOrder {
                          @Id private Long id;
                          @Column(nullable = false, unique = true) private String orderNo;
                          @org.hibernate.envers.NotAudited private String internalNote;
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table customer_order_aud
                  id bigint not null
                  order_no character varying(255) null
                  rev integer not null
                  revtype smallint null
                  primary key customer_order_aud_pkey [rev, id]
                  foreign key customer_order_aud_rev_fkey (rev) references revinfo(rev)
                """), described);
        assertTrue(described.contains("""
                table revinfo
                  rev integer not null
                  revtstmp bigint null
                  primary key revinfo_pkey [rev]
                """), described);
    }

    @Test
    void anAuditedOrderedListIsReportedAndTheSnapshotIncomplete() {
        JavaFileObject owner = Sources.entity("Playlist", """
                @Entity @org.hibernate.envers.Audited
                public class Playlist {
                  @Id private Long id;
                  @ElementCollection @OrderColumn private List<String> titles;
                }
                """);
        Compilation compilation = Sources.compile(owner);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("Migrate does not map the audit table Envers adds for a collection"
                + " with @OrderColumn").inFile(owner).onLineContaining("List<String> titles");
        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default");
        assertFalse(snapshot.isComplete());
        assertTrue(snapshot.schema().table("playlist_aud").isPresent(), "the entity's own audit table is mapped");
        assertEquals(List.of("MIGRATE-104"), snapshot.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void theAuditTableOfAToOneJoinTableIsReportedAndTheSnapshotIncomplete() {
        JavaFileObject target = Sources.entity("Label", """
                @Entity @org.hibernate.envers.Audited
                public class Label { @Id private Long id; }
                """);
        JavaFileObject owner = Sources.entity("Parcel", """
                @Entity @org.hibernate.envers.Audited
                public class Parcel {
                  @Id private Long id;
                  @ManyToOne @JoinTable(name = "parcel_label")
                  private Label label;
                }
                """);
        Compilation compilation = Sources.compile(target, owner);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("Migrate does not map the audit table Envers adds for the"
                + " @JoinTable of a to-one relationship").inFile(owner).onLineContaining("Label label");
        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default");
        assertFalse(snapshot.isComplete());
        assertTrue(snapshot.schema().table("parcel_label").isPresent(), "the join table itself is mapped");
        assertTrue(snapshot.schema().table("parcel_aud").isPresent(), "the entity's own audit table is mapped");
        assertFalse(snapshot.schema().table("parcel_label_aud").isPresent(), "no guessed audit table");
    }
}
