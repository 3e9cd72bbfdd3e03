package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Variants real models use, each checked against Hibernate 7.4's schema export for the same entities:
 * nullability and uniqueness of to-one join columns, and the key of a join table by collection type.
 */
class RelationshipVariantsTest {

    @Test
    void joinColumnsAndJoinTablesOfTheCommonVariants() {
        Compilation compilation = Sources.compile(Sources.source("org.hibernate.annotations.SortNatural", """
                package org.hibernate.annotations;
                public @interface SortNatural { }
                """), Sources.entity("V", """
                @Entity
                public class V {
                  @Id private Long id;
                  @ManyToOne(optional = false) @JoinColumn(nullable = true) private W a;
                  @ManyToOne @JoinColumn(unique = true) private W b;
                  @OneToOne(optional = false) private W c;
                  @ManyToOne(optional = true) @JoinColumn(nullable = false, unique = true) private W d;
                  @ManyToMany @JoinTable(name = "v_set") private Set<W> s1;
                  @ManyToMany @JoinTable(name = "v_list") private List<W> s2;
                  @ManyToMany @JoinTable(name = "v_coll") private Collection<W> s3;
                  @ManyToMany @JoinTable(name = "v_listob") @OrderBy("id") private List<W> s4;
                  @ManyToMany @JoinTable(name = "v_setob") @OrderBy private Set<W> s5;
                  @ManyToMany @JoinTable(name = "v_sorted") @org.hibernate.annotations.SortNatural private SortedSet<W> s6;
                  @ManyToMany @JoinTable(name = "v_self") private Set<V> friends;
                  @ManyToMany(mappedBy = "friends") private Set<V> friendOf;
                  @OneToMany @JoinTable(name = "v_o2m_list") @OrderBy private List<W> o1;
                  @OneToMany @JoinTable(name = "v_o2m_coll") private Collection<W> o2;
                  @ManyToOne private V parent;
                  @OneToOne(mappedBy = "c") private W back;
                }
                """), Sources.entity("W", """
                @Entity
                public class W implements Comparable<W> {
                  @Id private Long id;
                  @OneToOne private V c;
                  public int compareTo(W other) { return 0; }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table v
                  id bigint not null
                  a_id bigint not null
                  b_id bigint null
                  c_id bigint not null
                  d_id bigint not null
                  parent_id bigint null
                  primary key v_pkey [id]
                  unique v_b_id_key [b_id]
                  unique v_c_id_key [c_id]
                  unique v_d_id_key [d_id]
                  foreign key v_a_id_fkey (a_id) references w(id)
                  foreign key v_b_id_fkey (b_id) references w(id)
                  foreign key v_c_id_fkey (c_id) references w(id)
                  foreign key v_d_id_fkey (d_id) references w(id)
                  foreign key v_parent_id_fkey (parent_id) references v(id)
                table v_coll
                  v_id bigint not null
                  s3_id bigint not null
                  foreign key v_coll_s3_id_fkey (s3_id) references w(id)
                  foreign key v_coll_v_id_fkey (v_id) references v(id)
                table v_list
                  v_id bigint not null
                  s2_id bigint not null
                  foreign key v_list_s2_id_fkey (s2_id) references w(id)
                  foreign key v_list_v_id_fkey (v_id) references v(id)
                table v_listob
                  v_id bigint not null
                  s4_id bigint not null
                  foreign key v_listob_s4_id_fkey (s4_id) references w(id)
                  foreign key v_listob_v_id_fkey (v_id) references v(id)
                table v_o2m_coll
                  v_id bigint not null
                  o2_id bigint not null
                  unique v_o2m_coll_o2_id_key [o2_id]
                  foreign key v_o2m_coll_o2_id_fkey (o2_id) references w(id)
                  foreign key v_o2m_coll_v_id_fkey (v_id) references v(id)
                table v_o2m_list
                  v_id bigint not null
                  o1_id bigint not null
                  unique v_o2m_list_o1_id_key [o1_id]
                  foreign key v_o2m_list_o1_id_fkey (o1_id) references w(id)
                  foreign key v_o2m_list_v_id_fkey (v_id) references v(id)
                table v_self
                  friendof_id bigint not null
                  friends_id bigint not null
                  primary key v_self_pkey [friendof_id, friends_id]
                  foreign key v_self_friendof_id_fkey (friendof_id) references v(id)
                  foreign key v_self_friends_id_fkey (friends_id) references v(id)
                table v_set
                  v_id bigint not null
                  s1_id bigint not null
                  primary key v_set_pkey [v_id, s1_id]
                  foreign key v_set_s1_id_fkey (s1_id) references w(id)
                  foreign key v_set_v_id_fkey (v_id) references v(id)
                table v_setob
                  v_id bigint not null
                  s5_id bigint not null
                  primary key v_setob_pkey [v_id, s5_id]
                  foreign key v_setob_s5_id_fkey (s5_id) references w(id)
                  foreign key v_setob_v_id_fkey (v_id) references v(id)
                table v_sorted
                  v_id bigint not null
                  s6_id bigint not null
                  primary key v_sorted_pkey [v_id, s6_id]
                  foreign key v_sorted_s6_id_fkey (s6_id) references w(id)
                  foreign key v_sorted_v_id_fkey (v_id) references v(id)
                table w
                  id bigint not null
                  c_id bigint null
                  primary key w_pkey [id]
                  unique w_c_id_key [c_id]
                  foreign key w_c_id_fkey (c_id) references v(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void uniqueConstraintsAndIndexesOfJoinAndCollectionTables() {
        Compilation compilation = Sources.compile(Sources.entity("Ub", """
                @Entity
                public class Ub {
                  @Id private Long id;
                }
                """), Sources.entity("Ua", """
                @Entity
                public class Ua {
                  @Id private Long id;
                  @ManyToMany
                  @JoinTable(name = "ua_ub", joinColumns = @JoinColumn(name = "ua_id"), inverseJoinColumns = @JoinColumn(name = "ub_id"),
                      uniqueConstraints = @UniqueConstraint(columnNames = {"ua_id", "ub_id"}),
                      indexes = {@Index(columnList = "ub_id"), @Index(name = "ua_ub_named", columnList = "ua_id, ub_id DESC")})
                  private List<Ub> bs;
                  @ElementCollection
                  @CollectionTable(name = "ua_tags", uniqueConstraints = @UniqueConstraint(name = "uq_tags", columnNames = "tag"),
                      indexes = @Index(columnList = "Ua_id"))
                  @Column(name = "tag") private List<String> tags;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table ua
                  id bigint not null
                  primary key ua_pkey [id]
                table ua_tags
                  ua_id bigint not null
                  tag character varying(255) null
                  unique uq_tags [tag]
                  index ua_tags_ua_id_idx [ua_id]
                  foreign key ua_tags_ua_id_fkey (ua_id) references ua(id)
                table ua_ub
                  ua_id bigint not null
                  ub_id bigint not null
                  unique ua_ub_ua_id_ub_id_key [ua_id, ub_id]
                  index ua_ub_named [ua_id, ub_id DESC]
                  index ua_ub_ub_id_idx [ub_id]
                  foreign key ua_ub_ua_id_fkey (ua_id) references ua(id)
                  foreign key ua_ub_ub_id_fkey (ub_id) references ub(id)
                table ub
                  id bigint not null
                  primary key ub_pkey [id]
                """, Sources.describe(compilation, "default"));
    }
}
