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
    void enversSettingsToldByOptionsNameTheAuditTablesAndTheirRevisionColumns() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.strict=true",
                        "-Amigrate.envers.audit_table_prefix=H_", "-Amigrate.envers.audit_table_suffix=_LOG",
                        "-Amigrate.envers.revision_field_name=REV_ID", "-Amigrate.envers.revision_type_field_name=KIND",
                        "-Amigrate.envers.audit_strategy=validity"),
                Sources.entity("Invoice", """
                        @Entity @org.hibernate.envers.Audited
                        public class Invoice { @Id private Long id; private String code; }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table h_invoice_log
                  id bigint not null
                  code character varying(255) null
                  rev_id integer not null
                  kind smallint null
                  revend integer null
                  primary key h_invoice_log_pkey [rev_id, id]
                  foreign key h_invoice_log_rev_id_fkey (rev_id) references revinfo(rev)
                  foreign key h_invoice_log_revend_fkey (revend) references revinfo(rev)
                """), described);
    }

    @Test
    void anUnknownAuditStrategyIsReported() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.envers.audit_strategy=custom"),
                Sources.entity("Invoice", """
                        @Entity @org.hibernate.envers.Audited
                        public class Invoice { @Id private Long id; }
                        """));

        assertThat(compilation).hadWarningContaining("-Amigrate.envers.audit_strategy=custom is not an audit strategy");
        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default");
        assertEquals(List.of("MIGRATE-122"), snapshot.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void anAuditedOrderedListKeepsItsPositionInTheKeyInHibernatesOrder() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.strict=true"), Sources.entity("Playlist", """
                @Entity @org.hibernate.envers.Audited
                public class Playlist {
                  @Id private Long id;
                  @ElementCollection @OrderColumn private List<String> titles;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        // By size, then by name as Hibernate holds it: Envers' REV is upper case, before titles_order.
        assertTrue(described.contains("""
                  primary key playlist_titles_aud_pkey [rev, titles_order, playlist_id, titles]
                """), described);
        assertFalse(described.contains("playlist_titles_aud_titles_order_check"), described);
    }

    @Test
    void anAbstractTablePerClassEntityNoAuditedEntityExtendsIsReported() {
        JavaFileObject root = Sources.entity("Asset", """
                @Entity @org.hibernate.envers.Audited @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Asset { @Id private Long id; }
                """);
        Compilation compilation = Sources.compile(root, Sources.entity("Tool", """
                @Entity public class Tool extends Asset { private String brand; }
                """));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("Envers adds an audit table for the abstract @Entity Asset")
                .inFile(root);
        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(compilation, "default"), "default");
        assertEquals(List.of("MIGRATE-105"), snapshot.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void anAuditedSubclassOfAnEntityNotAuditedIsReported() {
        JavaFileObject sub = Sources.entity("Depot", """
                @Entity @org.hibernate.envers.Audited
                public class Depot extends Site { private Integer bays; }
                """);
        Compilation compilation = Sources.compile(sub, Sources.entity("Site", """
                @Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public class Site { @Id private Long id; }
                """));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("Envers refuses to start: @Entity Depot is audited, but the entity"
                + " it extends, Site, is not").inFile(sub);
    }

    @Test
    void anAuditedMapOfEmbeddablesIsReported() {
        JavaFileObject owner = Sources.entity("Route", """
                @Entity @org.hibernate.envers.Audited
                public class Route {
                  @Id private Long id;
                  @ElementCollection private Map<String, Leg> legs;
                }
                """);
        Compilation compilation = Sources.compile(owner, Sources.entity("Leg", """
                @Embeddable public class Leg { private Integer minutes; }
                """));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("Migrate does not map the audit table Envers adds for a Map of or"
                + " keyed by embeddables").inFile(owner).onLineContaining("Map<String, Leg> legs");
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
