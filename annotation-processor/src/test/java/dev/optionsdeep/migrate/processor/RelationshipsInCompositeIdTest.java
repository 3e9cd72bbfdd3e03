package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A {@code @ManyToOne} or {@code @OneToOne} inside an {@code @EmbeddedId} class, the tutorial form of a link
 * entity, and read-only primitive copies of join and key columns. Each expectation is the DDL Hibernate ORM 7.4
 * exports for the same entities with PostgreSQLDialect (constraint names aside; parity model {@code idlinks}).
 */
class RelationshipsInCompositeIdTest {

    private static final JavaFileObject DEPOT = Sources.entity("Depot", """
            @Entity
            public class Depot {
              @Id private Long id;
            }
            """);
    private static final JavaFileObject ARTICLE = Sources.entity("Article", """
            @Entity
            public class Article {
              @Id @Column(length = 20) private String sku;
            }
            """);

    @Test
    void toOnesInsideTheEmbeddedIdAreKeyColumnsWithForeignKeysWhateverTheOrderOfTheSources() {
        JavaFileObject id = Sources.entity("AllocationId", """
                @Embeddable
                public class AllocationId implements java.io.Serializable {
                  @ManyToOne private Depot depot;
                  @OneToOne @JoinColumn(name = "item_sku") private Article article;
                  private java.time.LocalDate day;
                }
                """);
        JavaFileObject allocation = Sources.entity("Allocation", """
                @Entity
                public class Allocation {
                  @EmbeddedId private AllocationId id;
                  private int quantity;
                }
                """);

        // The entity before its targets: its key needs theirs, whatever order javac gives.
        Compilation compilation = Sources.compile(id, allocation, DEPOT, ARTICLE);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table allocation
                  day date not null
                  quantity integer not null
                  depot_id bigint not null
                  item_sku character varying(20) not null
                  primary key allocation_pkey [day, depot_id, item_sku]
                  unique allocation_item_sku_key [item_sku]
                  foreign key allocation_depot_id_fkey (depot_id) references depot(id)
                  foreign key allocation_item_sku_fkey (item_sku) references article(sku)
                table article
                  sku character varying(20) not null
                  primary key article_pkey [sku]
                table depot
                  id bigint not null
                  primary key depot_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aReadOnlyPrimitiveCopyOfAJoinOrKeyColumnGetsNoAdviceOnNullability() {
        JavaFileObject id = Sources.entity("TransferId", """
                @Embeddable
                public class TransferId implements java.io.Serializable {
                  @ManyToOne @JoinColumn(name = "depotId") private Depot depot;
                  private int line;
                }
                """);
        JavaFileObject transfer = Sources.entity("Transfer", """
                @Entity
                public class Transfer {
                  @EmbeddedId private TransferId id;
                  @Column(insertable = false, updatable = false) private long depotId;
                  @ManyToOne @JoinColumn(name = "fromId") private Depot from;
                  @Column(insertable = false, updatable = false) private long fromId;
                  @ManyToOne @JoinColumn(name = "toId", insertable = false, updatable = false) private Depot to;
                  @Column(name = "toId") private long toId;
                }
                """);

        Compilation compilation = Sources.compile(DEPOT, id, transfer);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table depot
                  id bigint not null
                  primary key depot_pkey [id]
                table transfer
                  line integer not null
                  fromid bigint null
                  toid bigint null
                  depotid bigint not null
                  primary key transfer_pkey [line, depotid]
                  foreign key transfer_depotid_fkey (depotid) references depot(id)
                  foreign key transfer_fromid_fkey (fromid) references depot(id)
                  foreign key transfer_toid_fkey (toid) references depot(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aPrimitiveWithANullableColumnOfItsOwnIsStillAdvised() {
        JavaFileObject src = Sources.entity("Counter", """
                @Entity
                public class Counter {
                  @Id private Long id;
                  @Column(name = "hits") private long hits;
                }
                """);

        assertThat(Sources.compile(src)).hadWarningContaining("[MIGRATE-202] Counter.hits is a primitive long, yet its"
                + " column is nullable");
    }

    /**
     * Broadleaf Commerce's CriteriaOfferXref: an @EmbeddedId class (nested, without @Embeddable) whose to-ones are
     * typed with interfaces and name their entity in targetEntity. The entity is read after those it references
     * (it was read before them, and left out without a message saying why).
     */
    @Test
    void toOnesInAnEmbeddedIdNamingTheirEntityInTargetEntityAreReadFirst() {
        Compilation compilation = Sources.compileStrict(Sources.entity("Offer", """
                public interface Offer {}
                """), Sources.entity("Criteria", """
                public interface Criteria {}
                """), Sources.entity("OfferImpl", """
                @Entity public class OfferImpl implements Offer { @Id private Long id; }
                """), Sources.entity("CriteriaImpl", """
                @Entity public class CriteriaImpl implements Criteria { @Id private Long id; }
                """), Sources.entity("CriteriaOfferXref", """
                @Entity
                @Table(name = "crit_offer_xref")
                public class CriteriaOfferXref {
                  @EmbeddedId
                  CriteriaOfferXrefPK pk = new CriteriaOfferXrefPK();
                  public static class CriteriaOfferXrefPK implements java.io.Serializable {
                    @ManyToOne(targetEntity = OfferImpl.class, optional = false)
                    @JoinColumn(name = "OFFER_ID")
                    protected Offer offer = new OfferImpl();
                    @ManyToOne(targetEntity = CriteriaImpl.class, optional = false)
                    @JoinColumn(name = "CRITERIA_ID")
                    protected Criteria criteria = new CriteriaImpl();
                  }
                }
                """));

        assertThat(compilation).succeeded();
        String schema = Sources.describe(compilation, "default");
        assertEquals(true, schema.contains("table crit_offer_xref\n"), schema);
        assertEquals(true, schema.contains("(offer_id) references offerimpl(id)"), schema);
        assertEquals(true, schema.contains("(criteria_id) references criteriaimpl(id)"), schema);
    }
}
