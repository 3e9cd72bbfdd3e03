package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists with {@code @OrderColumn}: the position column, its check and the key Hibernate 7.4 gives the
 * join or collection table (checked against its schema export for the same entities).
 */
class OrderColumnTest {

    private static final JavaFileObject ITEM = Sources.entity("Item", """
            @Entity
            @Table(name = "item")
            public class Item {
              @Id private Long id;
            }
            """);

    @Test
    void positionsKeyTheTablesTogetherWithTheOwner() {
        Compilation compilation = Sources.compileStrict(ITEM, Sources.entity("Owner", """
                @Entity
                @Table(name = "owner")
                public class Owner {
                  @Id private Long id;
                  @ElementCollection @OrderColumn private List<String> tags;
                  @ElementCollection @CollectionTable(name = "owner_lines") @OrderColumn(name = "pos") private List<Line> lines;
                  @OneToMany @OrderColumn private List<Item> items;
                  @ManyToMany @JoinTable(name = "owner_parts") @OrderColumn(name = "idx") private List<Item> parts;
                }
                """), Sources.entity("Line", """
                @Embeddable
                public class Line {
                  private String text;
                  private int qty;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table item
                  id bigint not null
                  primary key item_pkey [id]
                table owner
                  id bigint not null
                  primary key owner_pkey [id]
                table owner_item
                  owner_id bigint not null
                  items_id bigint not null
                  items_order integer not null
                  primary key owner_item_pkey [items_order, owner_id]
                  unique owner_item_items_id_key [items_id]
                  foreign key owner_item_items_id_fkey (items_id) references item(id)
                  foreign key owner_item_owner_id_fkey (owner_id) references owner(id)
                  check owner_item_items_order_check items_order >= 0
                table owner_lines
                  owner_id bigint not null
                  pos integer not null
                  text character varying(255) null
                  qty integer null
                  primary key owner_lines_pkey [pos, owner_id]
                  foreign key owner_lines_owner_id_fkey (owner_id) references owner(id)
                  check owner_lines_pos_check pos >= 0
                table owner_parts
                  owner_id bigint not null
                  parts_id bigint not null
                  idx integer not null
                  primary key owner_parts_pkey [idx, owner_id]
                  foreign key owner_parts_owner_id_fkey (owner_id) references owner(id)
                  foreign key owner_parts_parts_id_fkey (parts_id) references item(id)
                  check owner_parts_idx_check idx >= 0
                table owner_tags
                  owner_id bigint not null
                  tags_order integer not null
                  tags character varying(255) null
                  primary key owner_tags_pkey [tags_order, owner_id]
                  foreign key owner_tags_owner_id_fkey (owner_id) references owner(id)
                  check owner_tags_tags_order_check tags_order >= 0
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void anOrderColumnOnASetIsReported() {
        JavaFileObject owner = Sources.entity("Owner", """
                @Entity
                public class Owner {
                  @Id private Long id;
                  @ElementCollection @OrderColumn private Set<String> tags;
                }
                """);

        assertThat(Sources.compileStrict(owner)).hadErrorContaining("[MIGRATE-104] @OrderColumn on Owner.tags is not supported"
                + " by Migrate: it keeps the position of the elements of a List, and java.util.Set<java.lang.String> is"
                + " none. Declare a List, or remove @OrderColumn").inFile(owner).onLineContaining("@OrderColumn");
    }

    @Test
    void aOneToManyJoinColumnListPutsItsNullablePositionIntoTheTargetsTable() {
        // The Jakarta EE cargotracker's Itinerary.legs, a mappedBy list and a self-referencing one.
        Compilation compilation = Sources.compile(Sources.entity("Leg", """
                @Entity
                public class Leg {
                  @Id private Long id;
                }
                """), Sources.entity("Itinerary", """
                @Entity
                public class Itinerary {
                  @Id private Long id;
                  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true) @JoinColumn(name = "itinerary_id")
                  @OrderColumn(name = "leg_index") private List<Leg> legs;
                  @OneToMany(mappedBy = "itinerary") @OrderColumn private List<Stop> stops;
                  @OneToMany @JoinColumn(name = "itinerary_ref") @OrderColumn(name = "rank", nullable = false)
                  private List<Leg> ranked;
                }
                """), Sources.entity("Stop", """
                @Entity
                public class Stop {
                  @Id private Long id;
                  @ManyToOne private Itinerary itinerary;
                  @OneToMany @JoinColumn(name = "parent_id", nullable = false) @OrderColumn(name = "pos") private List<Stop> children;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table itinerary
                  id bigint not null
                  primary key itinerary_pkey [id]
                table leg
                  id bigint not null
                  itinerary_id bigint null
                  leg_index integer null
                  itinerary_ref bigint null
                  rank integer not null
                  primary key leg_pkey [id]
                  foreign key leg_itinerary_id_fkey (itinerary_id) references itinerary(id)
                  foreign key leg_itinerary_ref_fkey (itinerary_ref) references itinerary(id)
                  check leg_leg_index_check leg_index >= 0
                  check leg_rank_check rank >= 0
                table stop
                  id bigint not null
                  itinerary_id bigint null
                  stops_order integer null
                  parent_id bigint not null
                  pos integer null
                  primary key stop_pkey [id]
                  foreign key stop_itinerary_id_fkey (itinerary_id) references itinerary(id)
                  foreign key stop_parent_id_fkey (parent_id) references stop(id)
                  check stop_pos_check pos >= 0
                  check stop_stops_order_check stops_order >= 0
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void anOrderColumnOnTheMappedBySideOfAManyToManyIsReportedAsHibernateRefusesIt() {
        JavaFileObject owner = Sources.entity("Owner", """
                @Entity
                public class Owner {
                  @Id private Long id;
                  @ManyToMany(mappedBy = "owners") @OrderColumn private List<Part> parts;
                }
                """);
        JavaFileObject part = Sources.entity("Part", """
                @Entity
                public class Part {
                  @Id private Long id;
                  @ManyToMany private Set<Owner> owners;
                }
                """);

        assertThat(Sources.compileStrict(owner, part)).hadErrorContaining("[MIGRATE-123]"
                + " @OrderColumn on Owner.parts, the mappedBy side of a @ManyToMany, makes Hibernate 7.4 refuse to"
                + " start").inFile(owner).onLineContaining("@OrderColumn");
    }

    @Test
    void orderedListsInsideAnEmbeddableAsCargotrackersSchedule() {
        Compilation compilation = Sources.compile(Sources.entity("Voy", """
                @Entity
                public class Voy {
                  @Id private Long id;
                  @Embedded private Sched schedule;
                }
                """), Sources.entity("Sched", """
                @Embeddable
                public class Sched {
                  @OneToMany(cascade = CascadeType.ALL) @JoinColumn(name = "voyage_id") @OrderColumn(name = "cm_index")
                  private List<CM> carrierMovements;
                  @OneToMany @OrderColumn private List<CM> extra;
                }
                """), Sources.entity("CM", """
                @Entity
                public class CM {
                  @Id private Long id;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table cm
                  id bigint not null
                  voyage_id bigint null
                  cm_index integer null
                  primary key cm_pkey [id]
                  foreign key cm_voyage_id_fkey (voyage_id) references voy(id)
                  check cm_cm_index_check cm_index >= 0
                table voy
                  id bigint not null
                  primary key voy_pkey [id]
                table voy_cm
                  voy_id bigint not null
                  extra_id bigint not null
                  extra_order integer not null
                  primary key voy_cm_pkey [extra_order, voy_id]
                  unique voy_cm_extra_id_key [extra_id]
                  foreign key voy_cm_extra_id_fkey (extra_id) references cm(id)
                  foreign key voy_cm_voy_id_fkey (voy_id) references voy(id)
                  check voy_cm_extra_order_check extra_order >= 0
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void listIndexBaseStartsThePositionsCheck() {
        Compilation compilation = Sources.compile(Sources.source("org.hibernate.annotations.ListIndexBase", """
                package org.hibernate.annotations;
                public @interface ListIndexBase { int value() default 0; }
                """), Sources.entity("Party", """
                @Entity
                public class Party {
                  @Id private Long id;
                }
                """), Sources.entity("Line", """
                import org.hibernate.annotations.ListIndexBase;

                @Entity
                public class Line {
                  @Id private Long id;
                  @ManyToMany @OrderColumn @ListIndexBase(1) private List<Party> parties;
                  @ElementCollection @OrderColumn(name = "pos") @ListIndexBase(2) private List<String> notes;
                  @OneToMany @JoinColumn(name = "line_id") @OrderColumn @ListIndexBase(1) private List<Party> members;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        String model = Sources.describe(compilation, "default");
        for (String check : new String[] {"check line_party_parties_order_check parties_order >= 1",
                "check line_notes_pos_check pos >= 2", "check party_members_order_check members_order >= 1"}) {
            assertTrue(model.contains("  " + check + "\n"), check + " in\n" + model);
        }
    }

    @Test
    void aMappedByPositionGoesWhereTheOwningJoinColumnIs() {
        // Hibernate 7.4: into the JOINED parent declaring the @ManyToOne; a @JoinColumn list's into the subclass.
        Compilation compilation = Sources.compile(Sources.entity("Ja", """
                @Entity
                public class Ja {
                  @Id private Long id;
                  @OneToMany(mappedBy = "owner") @OrderColumn private List<Jsub> subs;
                  @OneToMany @JoinColumn(name = "ja_ref") @OrderColumn private List<Jsub> refs;
                }
                """), Sources.entity("Jbase", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Jbase {
                  @Id private Long id;
                  @ManyToOne private Ja owner;
                }
                """), Sources.entity("Jsub", """
                @Entity
                public class Jsub extends Jbase {
                  private String x;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        String model = Sources.describe(compilation, "default");
        assertTrue(model.contains("table jbase\n  id bigint not null\n  owner_id bigint null\n  subs_order integer null\n"),
                model);
        assertTrue(model.contains("  ja_ref bigint null\n  refs_order integer null\n"), model);
        assertTrue(model.contains("  check jbase_subs_order_check subs_order >= 0\n"), model);
        assertTrue(model.contains("  check jsub_refs_order_check refs_order >= 0\n"), model);
    }
}
