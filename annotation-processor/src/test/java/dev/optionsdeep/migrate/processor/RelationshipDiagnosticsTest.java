package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** Every relationship Migrate cannot map exactly is an error at the element, with the fix. */
class RelationshipDiagnosticsTest {

    private static final JavaFileObject CUSTOMER = Sources.entity("Customer", """
            @Entity
            public class Customer {
              @Id private Long id;
              @Column(length = 20) private String code;
            }
            """);

    @Test
    void aTargetThatIsNoEntityIsAnError() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToOne
                  private StringBuilder customer;
                }
                """);

        Compilation compilation = Sources.compile(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] Order.customer is @ManyToOne, but"
                + " java.lang.StringBuilder is no @Entity, so Hibernate refuses it. Reference an entity")
                .inFile(src).onLineContaining("@ManyToOne");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aTargetInAnotherDatabaseIsAnError() {
        JavaFileObject equities = Sources.database("com.example.equities", "equities");
        JavaFileObject algorithms = Sources.database("com.example.algorithms", "algorithms");
        JavaFileObject company = Sources.source("com.example.equities.Company", """
                package com.example.equities;
                import jakarta.persistence.*;
                @Entity public class Company { @Id private Long id; }
                """);
        JavaFileObject strategy = Sources.source("com.example.algorithms.Strategy", """
                package com.example.algorithms;
                import jakarta.persistence.*;
                @Entity public class Strategy {
                  @Id private Long id;
                  @ManyToOne
                  private com.example.equities.Company company;
                }
                """);

        Compilation compilation = Sources.compile(equities, algorithms, company, strategy);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] Strategy.company references @Entity Company of"
                + " database equities, but Strategy belongs to database algorithms: a foreign key cannot cross"
                + " databases. Move both entities into packages of one @Database, or store the id as a basic column")
                .inFile(strategy).onLineContaining("@ManyToOne");
    }

    @Test
    void anUnknownReferencedColumnIsAnError() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToOne @JoinColumn(referencedColumnName = "kode")
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-107] @JoinColumn(referencedColumnName = \"kode\") of"
                + " Order.customer names no column of table customer (@Entity Customer). Its columns are: id, code")
                .inFile(src).onLineContaining("referencedColumnName");
    }

    @Test
    void aReferencedColumnThatIsNotUniqueIsAnError() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToOne @JoinColumn(name = "customer_code", referencedColumnName = "code")
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] Order.customer references the columns [code] of"
                + " table customer, which are neither its primary key nor unique, so PostgreSQL refuses the foreign"
                + " key. Make them unique in Customer").inFile(src).onLineContaining("@ManyToOne");
    }

    @Test
    void mapsIdNamingNoAttributeOfASingleIdIsReported() {
        JavaFileObject src = Sources.entity("Profile", """
                @Entity
                public class Profile {
                  @Id private Long id;
                  @MapsId("customerId") @OneToOne
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.strict=true"), CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-120] @MapsId(\"customerId\") on Profile.customer names no"
                + " attribute of the id of Profile (its id columns come from id), so Hibernate refuses it")
                .inFile(src).onLineContaining("@MapsId");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEnumKeyedMapOnAOneToManyJoinColumnIsNotSupportedYet() {
        JavaFileObject src = Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @OneToMany @JoinColumn(name = "basket_id")
                  private Map<java.util.concurrent.TimeUnit, Customer> customers;
                }
                """);

        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.strict=true"), CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-104] Basket.customers is a Map on a @OneToMany with"
                + " @JoinColumn keyed by an enum, which Migrate does not map yet: Hibernate adds the key's columns and"
                + " check to the target's table").inFile(src).onLineContaining("@OneToMany");
    }

    @Test
    void aJoinColumnDefinitionIsNotSupportedYet() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToOne @JoinColumn(columnDefinition = "bigint check (customer_id > 0)")
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-110] @JoinColumn(columnDefinition = \"bigint check"
                + " (customer_id > 0)\") on Order.customer is not supported yet by Migrate")
                .inFile(src).onLineContaining("columnDefinition");
    }

    @Test
    void twoCollectionsWithOneDefaultJoinTableAreAnError() {
        JavaFileObject src = Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @ManyToMany private Set<Customer> favourites;
                  @ManyToMany
                  private Set<Customer> blocked;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108] The join table of Basket.blocked is basket_customer,"
                + " like the join table of Basket.favourites (Hibernate would merge them into one table, which neither"
                + " relationship can use). Name it with @JoinTable(name = \"...\")")
                .inFile(src).onLineContaining("Set<Customer> blocked");
    }

    @Test
    void aUnidirectionalJoinColumnClashingWithTheTargetsColumnIsAnError() {
        JavaFileObject line = Sources.entity("Line", """
                @Entity
                public class Line {
                  @Id private Long id;
                  private Long basket_id;
                }
                """);
        JavaFileObject src = Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @OneToMany @JoinColumn(name = "basket_id")
                  private Set<Line> lines;
                }
                """);

        Compilation compilation = Sources.compile(line, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-109] Basket.lines puts the join column basket_id into"
                + " table line of @Entity Line, which already has a column of that name")
                .inFile(src).onLineContaining("@OneToMany");
    }

    @Test
    void onDeleteOnAOneToManyWithAJoinTableIsAnErrorAsHibernateRefusesIt() {
        JavaFileObject src = Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @OneToMany @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
                  private Set<Customer> customers;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, src, RelationshipSnapshotTest.ON_DELETE,
                RelationshipSnapshotTest.ON_DELETE_ACTION);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] @OnDelete on Basket.customers, a unidirectional"
                + " @OneToMany with a join table, makes Hibernate 7.4 refuse to start").inFile(src)
                .onLineContaining("@OneToMany");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void mapKeyAnnotationsOnACollectionThatIsNoMapAreReported() {
        JavaFileObject src = Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @ElementCollection @MapKeyEnumerated(EnumType.STRING)
                  private Set<String> counts;
                }
                """);

        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.strict=true"), src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] @MapKeyEnumerated on Basket.counts describes the keys"
                + " of a Map, and java.util.Set<java.lang.String> is none, so Hibernate refuses it (\"is annotated"
                + " '@MapKeyEnumerated' but is not of type 'java.util.Map'\"). Declare a Map, or remove it")
                .inFile(src).onLineContaining("@ElementCollection");
    }

    @Test
    void mapKeyOnAnElementCollectionIsReported() {
        JavaFileObject src = Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @ElementCollection @MapKey(name = "code")
                  private Map<String, Integer> counts;
                }
                """);

        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.strict=true"), src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] @MapKey on Basket.counts names an attribute of the"
                + " target entity, but an @ElementCollection has no target entity").inFile(src)
                .onLineContaining("@ElementCollection");
    }

    @Test
    void anAssociationOverrideThatMatchesNoRelationshipIsAnError() {
        JavaFileObject shipping = Sources.entity("Shipping", """
                @Embeddable
                public class Shipping {
                  @ManyToOne private Customer carrier;
                }
                """);
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @AssociationOverride(name = "carier", joinColumns = @JoinColumn(name = "carrier"))
                  private Shipping shipping;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, shipping, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-120] @AssociationOverride(name = \"carier\") on"
                + " Order.shipping matches no relationship of the embeddable (they are [carrier]), so Hibernate would"
                + " ignore it").inFile(src).onLineContaining("carier");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSharedColumnOfAnotherTypeIsAnError() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @Column(name = "customer_id", insertable = false, updatable = false) private Integer customerId;
                  @ManyToOne
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-109] Order.customer and Order.customerId share the column"
                + " customer_id, but as bigint (the type of the key it references) and integer. Give"
                + " Order.customerId the type of that key").inFile(src).onLineContaining("@ManyToOne");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aColumnInATableThatIsNotDeclaredIsAnError() {
        JavaFileObject src = Sources.entity("Person", """
                @Entity
                @SecondaryTable(name = "person_details")
                public class Person {
                  @Id private Long id;
                  @Column(table = "person_detail", length = 500) private String bio;
                }
                """);

        Compilation compilation = Sources.compile(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-112] Person.bio names the table \"person_detail\", which"
                + " is neither the table of Person (person) nor one of its @SecondaryTable [person_details]. Declare it"
                + " with @SecondaryTable(name = \"person_detail\") on Person, or correct the name").inFile(src)
                .onLineContaining("person_detail\"");
        assertThat(compilation).hadErrorCount(1);
    }
}
