package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Migrate cannot map is a warning at the element by default (the same code and message, which in
 * strict mode is an error there), and lands in the snapshot of the right database.
 */
class DefaultSeverityTest {

    @Test
    void onAClassOnAGetterAndOnACollectionTheWarningIsWhereTheErrorWouldBe() {
        JavaFileObject view = Sources.entity("Ranking", """
                @Entity
                @org.hibernate.annotations.View(query = "select * from scores")
                public class Ranking { @Id private Long id; }
                """);
        JavaFileObject owner = Sources.entity("Owner", """
                @Entity
                @Access(AccessType.PROPERTY)
                public class Owner {
                  private Long id;
                  private String shout;
                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }
                  @org.hibernate.annotations.PartitionKey
                  public String getShout() { return shout; }
                  public void setShout(String shout) { this.shout = shout; }
                }
                """);
        JavaFileObject pet = Sources.entity("Pet", """
                @Entity
                public class Pet {
                  @Id private Long id;
                  @ManyToOne @org.hibernate.annotations.PropertyRef("id")
                  private Ranking ranking;
                }
                """);
        Compilation lenient = Sources.compile(view, owner, pet);
        assertThat(lenient).succeeded();
        assertThat(lenient).hadWarningContaining("[MIGRATE-105] @View on @Entity Ranking").inFile(view)
                .onLineContaining("@org.hibernate.annotations.View");
        assertThat(lenient).hadWarningContaining("[MIGRATE-104] @PartitionKey on Owner.shout").inFile(owner)
                .onLineContaining("@org.hibernate.annotations.PartitionKey");
        assertThat(lenient).hadWarningContaining("[MIGRATE-104] @PropertyRef on Pet.ranking").inFile(pet)
                .onLineContaining("@org.hibernate.annotations.PropertyRef");

        Compilation strict = Sources.compileStrict(view, owner, pet);
        assertThat(strict).hadErrorContaining("[MIGRATE-105] @View on @Entity Ranking").inFile(view)
                .onLineContaining("@org.hibernate.annotations.View");
        assertThat(strict).hadErrorContaining("[MIGRATE-104] @PartitionKey on Owner.shout").inFile(owner)
                .onLineContaining("@org.hibernate.annotations.PartitionKey");

        Snapshot snapshot = SnapshotCodec.read(Sources.snapshot(lenient, "default"), "default");
        // A getter is named by its property, a relationship by its attribute.
        assertEquals(List.of("MIGRATE-104 at com.example.Owner.shout", "MIGRATE-104 at com.example.Pet.ranking",
                "MIGRATE-105 at com.example.Ranking"), snapshot.problems().stream()
                .map(p -> p.code() + " at " + p.where()).toList());
        assertTrue(snapshot.schema().tables().isEmpty());
    }

    @Test
    void aProblemBelongsToTheDatabaseOfItsEntityOnly() {
        JavaFileObject broken = Sources.source("com.acme.billing.Invoice", """
                package com.acme.billing;
                @jakarta.persistence.Entity
                public class Invoice { private String number; }
                """);
        JavaFileObject fine = Sources.source("com.acme.crm.Customer", """
                package com.acme.crm;
                @jakarta.persistence.Entity
                public class Customer { @jakarta.persistence.Id private Long id; }
                """);
        Compilation c = Sources.compile(Sources.database("com.acme.billing", "billing"),
                Sources.database("com.acme.crm", "crm"), broken, fine);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[MIGRATE-102] @Entity Invoice has no @Id").inFile(broken);
        Snapshot billing = SnapshotCodec.read(Sources.snapshot(c, "billing"), "billing");
        Snapshot crm = SnapshotCodec.read(Sources.snapshot(c, "crm"), "crm");
        assertEquals(List.of("com.acme.billing.Invoice"), billing.problems().stream().map(p -> p.where()).toList());
        assertTrue(billing.schema().tables().isEmpty());
        assertTrue(crm.isComplete(), crm.problems().toString());
        assertEquals(1, crm.schema().tables().size());
    }
}
