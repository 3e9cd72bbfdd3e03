package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hibernate annotations that change nothing in the schema, and other libraries' annotations, are
 * ignored silently wherever they are: the snapshot is the one of the same classes without them.
 */
class NeutralAnnotationsTest {

    private static final String PLAIN_OWNER = """
            @Entity
            public class Owner {
              @Id private Long id;
              private String name;
              @Version private int version;
              @OneToMany(mappedBy = "owner") private Set<Pet> pets;
              @ManyToMany private List<Pet> favourites;
              @ElementCollection private Set<String> nicknames;
            }
            """;

    private static final String PLAIN_PET = """
            @Entity
            public class Pet {
              @Id private Long id;
              @ManyToOne private Owner owner;
            }
            """;

    /** An entity read from a query ({@code @Subselect}, with {@code @Synchronize}) has no table, in Hibernate's export either. */
    @Test
    void aSubselectEntityHasNoTable() {
        Compilation c = Sources.compileStrict(Sources.entity("Owner", PLAIN_OWNER), Sources.entity("Pet", PLAIN_PET),
                Sources.entity("OwnerSummary", """
                        @Entity @org.hibernate.annotations.Immutable
                        @org.hibernate.annotations.Subselect("select o.id as id, count(p.id) as pets from Owner o left join Pet p on p.owner_id = o.id group by o.id")
                        @org.hibernate.annotations.Synchronize({"Owner", "Pet"})
                        public class OwnerSummary {
                          @Id private Long id;
                          private long pets;
                        }
                        """));
        assertThat(c).succeededWithoutWarnings();
        String described = Sources.describe(c, "default");
        org.junit.jupiter.api.Assertions.assertFalse(described.contains("ownersummary"), described);
        org.junit.jupiter.api.Assertions.assertTrue(described.contains("table owner\n"), described);
    }

    /** JHipster's everyday entity: caches on the class and on every collection, batch fetching, custom SQL. */
    @Test
    void onClassesFieldsAndCollections() {
        Compilation annotated = Sources.compile(Sources.entity("Owner", """
                @Entity
                @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
                @Cacheable
                @org.hibernate.annotations.BatchSize(size = 20)
                @org.hibernate.annotations.DynamicUpdate
                @org.hibernate.annotations.DynamicInsert
                @org.hibernate.annotations.OptimisticLocking(type = org.hibernate.annotations.OptimisticLockType.VERSION)
                @org.hibernate.annotations.SQLRestriction("name <> 'gone'")
                @org.hibernate.annotations.SQLDelete(sql = "update owner set name = 'gone' where id = ?")
                @org.hibernate.annotations.FilterDef(name = "named", parameters = @org.hibernate.annotations.ParamDef(name = "n", type = String.class))
                @org.hibernate.annotations.Filter(name = "named", condition = "name = :n")
                @EntityListeners(Object.class)
                @NamedQuery(name = "Owner.all", query = "select o from Owner o")
                @com.acme.Audit
                public class Owner {
                  @Id private Long id;
                  @org.hibernate.annotations.ColumnTransformer(read = "upper(name)")
                  @org.hibernate.annotations.OptimisticLock(excluded = true)
                  @com.acme.Audit
                  private String name;
                  @Version private int version;
                  @OneToMany(mappedBy = "owner")
                  @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
                  @org.hibernate.annotations.BatchSize(size = 10)
                  @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
                  @org.hibernate.annotations.SortNatural
                  @org.hibernate.annotations.LazyGroup("pets")
                  @org.hibernate.annotations.Cascade(org.hibernate.annotations.CascadeType.ALL)
                  private Set<Pet> pets;
                  @ManyToMany
                  @OrderBy("id")
                  @org.hibernate.annotations.SQLJoinTableRestriction("1 = 1")
                  @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
                  private List<Pet> favourites;
                  @ElementCollection
                  @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
                  @org.hibernate.annotations.BatchSize(size = 10)
                  private Set<String> nicknames;
                }
                """), Sources.entity("Pet", """
                @Entity
                @org.hibernate.annotations.Immutable
                @org.hibernate.annotations.NaturalIdCache
                public class Pet {
                  @Id private Long id;
                  @ManyToOne @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.JOIN)
                  @org.hibernate.annotations.LazyGroup("owner")
                  private Owner owner;
                }
                """), AUDIT);
        assertThat(annotated).succeeded();
        // javac itself warns that @Cascade is deprecated for removal; Migrate says nothing.
        assertEquals(java.util.List.of(), annotated.diagnostics().stream().map(d -> d.getMessage(null))
                .filter(m -> m.contains("MIGRATE")).toList());
        assertEquals(plain(PLAIN_OWNER, PLAIN_PET), Sources.describe(annotated, "default"));
    }

    /** Property access: the annotations are on the getters. */
    @Test
    void onGettersAndOnMappedSuperclassesAndEmbeddables() {
        Compilation annotated = Sources.compile(Sources.entity("Base", """
                @MappedSuperclass
                @org.hibernate.annotations.FilterDef(name = "recent")
                @com.acme.Audit
                public abstract class Base {
                  @Id @org.hibernate.annotations.OptimisticLock(excluded = true) private Long id;
                }
                """), Sources.entity("Address", """
                @Embeddable
                @com.acme.Audit
                public class Address {
                  @org.hibernate.annotations.ColumnTransformer(write = "lower(?)") private String city;
                }
                """), Sources.entity("Shop", """
                @Entity
                @Access(AccessType.PROPERTY)
                public class Shop extends Base {
                  private String name;
                  private Address address;
                  @org.hibernate.annotations.ColumnTransformer(read = "trim(name)")
                  @org.hibernate.annotations.OptimisticLock(excluded = true)
                  @com.acme.Audit
                  public String getName() { return name; }
                  public void setName(String name) { this.name = name; }
                  @Embedded @com.acme.Audit
                  public Address getAddress() { return address; }
                  public void setAddress(Address address) { this.address = address; }
                }
                """), AUDIT);
        assertThat(annotated).succeededWithoutWarnings();
        Compilation plain = Sources.compile(Sources.entity("Base", """
                @MappedSuperclass
                public abstract class Base { @Id private Long id; }
                """), Sources.entity("Address", """
                @Embeddable
                public class Address { private String city; }
                """), Sources.entity("Shop", """
                @Entity
                @Access(AccessType.PROPERTY)
                public class Shop extends Base {
                  private String name;
                  private Address address;
                  public String getName() { return name; }
                  public void setName(String name) { this.name = name; }
                  @Embedded public Address getAddress() { return address; }
                  public void setAddress(Address address) { this.address = address; }
                }
                """));
        assertThat(plain).succeededWithoutWarnings();
        assertEquals(Sources.describe(plain, "default"), Sources.describe(annotated, "default"));
    }

    /** Models written for Hibernate 5 or 6 carry annotations 7.4 no longer has: neutral ones stay silent. */
    @Test
    void legacyHibernateAnnotationsAreClassifiedToo() {
        JavaFileObject where = Sources.source("org.hibernate.annotations.Where",
                "package org.hibernate.annotations; public @interface Where { String clause(); }");
        JavaFileObject lazy = Sources.source("org.hibernate.annotations.LazyCollection",
                "package org.hibernate.annotations; public @interface LazyCollection { String value(); }");
        JavaFileObject typeDef = Sources.source("org.hibernate.annotations.TypeDef",
                "package org.hibernate.annotations; public @interface TypeDef { String name(); }");
        JavaFileObject owner = Sources.entity("Owner", """
                @Entity
                @org.hibernate.annotations.Where(clause = "active = true")
                public class Owner {
                  @Id private Long id;
                  @OneToMany(mappedBy = "owner") @org.hibernate.annotations.LazyCollection("EXTRA")
                  @org.hibernate.annotations.Where(clause = "1 = 1")
                  private Set<Pet> pets;
                }
                """);
        Compilation c = Sources.compile(where, lazy, owner, Sources.entity("Pet", PLAIN_PET));
        assertThat(c).succeededWithoutWarnings();
        // One the catalog does not know (a Hibernate 5 type definition) is reported, never guessed neutral.
        JavaFileObject typed = Sources.entity("Typed", """
                @Entity
                @org.hibernate.annotations.TypeDef(name = "json")
                public class Typed { @Id private Long id; }
                """);
        assertThat(Sources.compile(typeDef, typed)).hadWarningContaining("[MIGRATE-105] @TypeDef on @Entity Typed")
                .inFile(typed).onLineContaining("@org.hibernate.annotations.TypeDef");
    }

    /**
     * Hibernate 6's {@code @GeneratorType} (gone from 7): its generator computes the value in Java when the row is
     * inserted, as HAPI FHIR fills a resource's FHIR id; the column is the attribute's own, as 6.6's export creates it.
     */
    @Test
    void aValueGeneratedInJavaKeepsItsColumn() {
        JavaFileObject generatorType = Sources.source("org.hibernate.annotations.GeneratorType", """
                package org.hibernate.annotations;
                public @interface GeneratorType { Class<?> type(); String when() default "INSERT"; }
                """);
        JavaFileObject resource = Sources.entity("Resource", """
                @Entity
                public class Resource {
                  @Id private Long id;
                  @Column(name = "FHIR_ID", length = 64, updatable = false)
                  @org.hibernate.annotations.GeneratorType(type = Object.class)
                  private String fhirId;
                }
                """);
        Compilation c = Sources.compile(generatorType, resource);
        assertThat(c).succeededWithoutWarnings();
        assertEquals("""
                table resource
                  id bigint not null
                  fhir_id character varying(64) null
                  primary key resource_pkey [id]
                """, Sources.describe(c, "default"));
    }

    /** Hibernate's {@code @Parent}: the embeddable's reference back to its entity has no column. */
    @Test
    void aParentReferenceInAnEmbeddableHasNoColumn() {
        Compilation c = Sources.compile(Sources.entity("Location", """
                @Embeddable
                public class Location {
                  private String room;
                  @org.hibernate.annotations.Parent private Shelf shelf;
                }
                """), Sources.entity("Shelf", """
                @Entity
                public class Shelf { @Id private Long id; @Embedded private Location location; }
                """));
        assertThat(c).succeededWithoutWarnings();
        assertEquals("""
                table shelf
                  id bigint not null
                  room character varying(255) null
                  primary key shelf_pkey [id]
                """, Sources.describe(c, "default"));
    }

    /** A schema-affecting annotation Migrate does not map is still reported: at the element, a warning by default. */
    @Test
    void aSchemaAffectingOneIsStillReported() {
        JavaFileObject src = Sources.entity("Owner", """
                @Entity
                public class Owner {
                  @Id private Long id;
                  @org.hibernate.annotations.PartitionKey private String shout;
                }
                """);
        assertThat(Sources.compile(src)).hadWarningContaining("[MIGRATE-104] @PartitionKey on Owner.shout").inFile(src)
                .onLineContaining("@org.hibernate.annotations.PartitionKey");
        assertThat(Sources.compileStrict(src)).hadErrorContaining("[MIGRATE-104] @PartitionKey on Owner.shout").inFile(src)
                .onLineContaining("@org.hibernate.annotations.PartitionKey");
    }

    static final JavaFileObject AUDIT = Sources.source("com.acme.Audit", """
            package com.acme;
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            public @interface Audit {
            }
            """);

    private static String plain(String owner, String pet) {
        Compilation c = Sources.compile(Sources.entity("Owner", owner), Sources.entity("Pet", pet));
        assertThat(c).succeededWithoutWarnings();
        return Sources.describe(c, "default");
    }
}
