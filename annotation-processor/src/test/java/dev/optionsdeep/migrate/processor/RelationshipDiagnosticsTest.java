package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] Order.customer is @ManyToOne, but"
                + " java.lang.StringBuilder is no @Entity, so Migrate does not know its table. Hibernate refuses it"
                + " too, unless an XML mapping (orm.xml, a .hbm.xml file) maps that class: Migrate reads annotations"
                + " only. Reference an entity")
                .inFile(src).onLineContaining("@ManyToOne");
        assertThat(compilation).hadErrorCount(1);
    }

    /** A Hibernate 5 habit Hibernate 6 refuses to start with: a join table's join column that inserts but never updates. */
    @Test
    void aJoinTableColumnThatInsertsButNeverUpdatesIsAnError() {
        JavaFileObject src = Sources.entity("Club", """
                @Entity
                public class Club {
                  @Id private Long id;
                  @ManyToMany
                  @JoinTable(name = "club_members",
                      joinColumns = @JoinColumn(name = "club_id", nullable = false, updatable = false),
                      inverseJoinColumns = @JoinColumn(name = "customer_id", nullable = false, updatable = false))
                  private java.util.List<Customer> members;
                }
                """);

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] The join column club_id of Club.members has insertable ="
                + " true but updatable = false: Hibernate refuses to start on a collection's join columns that differ so"
                + " (\"must be defined with the same insertable and updatable attributes\"). Give insertable and"
                + " updatable one value on every join column of the side (or leave both out)")
                .inFile(src).onLineContaining("joinColumns = @JoinColumn(name = \"club_id\"");
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

        Compilation compilation = Sources.compileStrict(equities, algorithms, company, strategy);

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

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-107] @JoinColumn(referencedColumnName = \"kode\") of"
                + " Order.customer names no column of table customer (@Entity Customer). Its columns are: id, code")
                .inFile(src).onLineContaining("referencedColumnName");
    }

    @Test
    void aJoinTableReferencingAColumnThatIsNotUniqueIsAnError() {
        // A to-one makes such columns unique (RelationshipSnapshotTest); a join table's side is not followed yet.
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToMany @JoinTable(name = "order_customer",
                      inverseJoinColumns = @JoinColumn(name = "customer_code", referencedColumnName = "code"))
                  private java.util.Set<Customer> customers;
                }
                """);

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] Order.customers references the columns [code] of"
                + " table customer, which are neither its primary key nor unique, so PostgreSQL refuses the foreign"
                + " key. Make them unique in Customer").inFile(src).onLineContaining("inverseJoinColumns");
    }

    @Test
    void aToOneReferencingOneColumnThatIsNotUniqueIsReportedForHibernate66() {
        // 7.2 and 7.4 make the column unique; 6.6 does not, and PostgreSQL refuses its foreign key (parity model pkjoinone).
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToOne @JoinColumn(name = "customer_code", referencedColumnName = "code")
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compileWith(java.util.List.of("-Amigrate.hibernate=6.6"), CUSTOMER, src);

        assertThat(compilation).hadWarningContaining("[MIGRATE-123] Order.customer references the columns [code] of"
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

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-120] @MapsId(\"customerId\") on Profile.customer names no"
                + " attribute of the id of Profile (its id columns come from id), so Hibernate refuses it")
                .inFile(src).onLineContaining("@MapsId");
        assertThat(compilation).hadErrorCount(1);
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

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

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

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108] The join table of Basket.blocked is basket_customer,"
                + " like the join table of Basket.favourites (Hibernate would merge them into one table, which neither"
                + " can use). Give one of them another name with @JoinTable(name = \"...\")")
                .inFile(src).onLineContaining("Set<Customer> blocked");
    }

    @Test
    void bothSidesOwningOneJoinTableAlikeIsOneTable() {
        // Bidirectional without mappedBy: Hibernate 7.4 exports one table, whichever side it reads first.
        Compilation compilation = Sources.compile(Sources.entity("Job", """
                @Entity
                public class Job {
                  @Id private Long id;
                  @ManyToMany @JoinTable(name = "job_task", joinColumns = @JoinColumn(name = "job_id"),
                      inverseJoinColumns = @JoinColumn(name = "task_id"))
                  private Set<Task> tasks;
                }
                """), Sources.entity("Task", """
                @Entity
                public class Task {
                  @Id private Long id;
                  @ManyToMany @JoinTable(name = "job_task", joinColumns = @JoinColumn(name = "task_id"),
                      inverseJoinColumns = @JoinColumn(name = "job_id"))
                  private Set<Job> jobs;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table job
                  id bigint not null
                  primary key job_pkey [id]
                table job_task
                  job_id bigint not null
                  task_id bigint not null
                  primary key job_task_pkey [job_id, task_id]
                  foreign key job_task_job_id_fkey (job_id) references job(id)
                  foreign key job_task_task_id_fkey (task_id) references task(id)
                table task
                  id bigint not null
                  primary key task_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aJoinTableNamedLikeAnEntitysTableIsThatTable() {
        // Hibernate 7.4 keeps the entity's columns and key and adds the join table's other columns,
        // uniques and foreign keys, the ones over columns already referenced only once.
        JavaFileObject student = Sources.entity("Student", """
                @Entity
                public class Student {
                  @Id private Long id;
                  @ManyToMany @JoinTable(name = "Enrollment", joinColumns = @JoinColumn(name = "student_id"),
                      inverseJoinColumns = @JoinColumn(name = "course_id"))
                  private Set<Course> courses;
                  @ManyToMany @JoinTable(name = "Tagging") private Set<Course> tagged;
                  @OneToMany @JoinTable(name = "Tagging", inverseJoinColumns = @JoinColumn(name = "other_id"))
                  private List<Course> others;
                }
                """);
        JavaFileObject course = Sources.entity("Course", """
                @Entity
                public class Course {
                  @Id private Long id;
                }
                """);
        JavaFileObject enrollment = Sources.entity("Enrollment", """
                @Entity
                public class Enrollment {
                  @Id private Long id;
                  @ManyToOne @JoinColumn(name = "student_id") private Student student;
                  @ManyToOne @JoinColumn(name = "course_id") private Course course;
                  private String grade;
                }
                """);
        JavaFileObject tagging = Sources.entity("Tagging", """
                @Entity
                public class Tagging {
                  @Id private Long id;
                  @Column(name = "tagged_id", insertable = false, updatable = false) private Long taggedId;
                  private String note;
                }
                """);

        Compilation compilation = Sources.compile(student, course, enrollment, tagging);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table course
                  id bigint not null
                  primary key course_pkey [id]
                table enrollment
                  id bigint not null
                  grade character varying(255) null
                  student_id bigint null
                  course_id bigint null
                  primary key enrollment_pkey [id]
                  foreign key enrollment_course_id_fkey (course_id) references course(id)
                  foreign key enrollment_student_id_fkey (student_id) references student(id)
                table student
                  id bigint not null
                  primary key student_pkey [id]
                table tagging
                  id bigint not null
                  tagged_id bigint null
                  note character varying(255) null
                  student_id bigint not null
                  other_id bigint not null
                  primary key tagging_pkey [id]
                  unique tagging_other_id_key [other_id]
                  foreign key tagging_other_id_fkey (other_id) references course(id)
                  foreign key tagging_student_id_fkey (student_id) references student(id)
                  foreign key tagging_tagged_id_fkey (tagged_id) references course(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aOneToManyJoinColumnTheTargetAlsoMapsIsOneColumnWithOneForeignKey() {
        // The target's own column wins as it is (nullability, no position check); Hibernate 7.4 does the same.
        JavaFileObject line = Sources.entity("Line", """
                @Entity
                public class Line {
                  @Id private Long id;
                  private Long basket_id;
                }
                """);
        JavaFileObject item = Sources.entity("Item", """
                @Entity
                public class Item {
                  @Id private Long id;
                  @ManyToOne(optional = false) @JoinColumn(name = "basket_id") private Basket basket;
                  @Column(insertable = false, updatable = false) private Integer pos;
                }
                """);
        JavaFileObject src = Sources.entity("Basket", """
                @Entity
                public class Basket {
                  @Id private Long id;
                  @OneToMany @JoinColumn(name = "basket_id")
                  private Set<Line> lines;
                  @OneToMany @JoinColumn(name = "basket_id", insertable = false, updatable = false) @OrderColumn(name = "pos")
                  private List<Item> items;
                }
                """);

        Compilation compilation = Sources.compile(line, item, src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table basket
                  id bigint not null
                  primary key basket_pkey [id]
                table item
                  id bigint not null
                  pos integer null
                  basket_id bigint not null
                  primary key item_pkey [id]
                  foreign key item_basket_id_fkey (basket_id) references basket(id)
                table line
                  id bigint not null
                  basket_id bigint null
                  primary key line_pkey [id]
                  foreign key line_basket_id_fkey (basket_id) references basket(id)
                """, Sources.describe(compilation, "default"));
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

        Compilation compilation = Sources.compileStrict(CUSTOMER, src, RelationshipSnapshotTest.ON_DELETE,
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

        Compilation compilation = Sources.compileStrict(src);

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

        Compilation compilation = Sources.compileStrict(src);

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

        Compilation compilation = Sources.compileStrict(CUSTOMER, shipping, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-120] @AssociationOverride(name = \"carier\") on"
                + " Order.shipping matches no relationship of the embeddable (they are [carrier]), so Hibernate would"
                + " ignore it").inFile(src).onLineContaining("carier");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSharedColumnOfAnotherIntegerTypeIsTheBasicAttributesAsInHibernate() {
        // Hibernate 7.4 exports the basic attribute's type, integer, with the foreign key to the bigint key.
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @Column(name = "customer_id", insertable = false, updatable = false) private Integer customerId;
                  @ManyToOne
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

        assertThat(compilation).succeededWithoutWarnings();
        String model = Sources.describe(compilation, "default");
        assertTrue(model.contains("  customer_id integer null\n"), model);
        assertTrue(model.contains("  foreign key orders_customer_id_fkey (customer_id) references customer(id)\n"), model);
    }

    @Test
    void aSharedColumnOfATypeNoForeignKeyCanJoinIsAnError() {
        JavaFileObject src = Sources.entity("Order", """
                @Entity @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @Column(name = "customer_id", insertable = false, updatable = false) private String customerId;
                  @ManyToOne
                  private Customer customer;
                }
                """);

        Compilation compilation = Sources.compileStrict(CUSTOMER, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-109] Order.customer and Order.customerId share the column"
                + " customer_id, but as bigint (the type of the key it references) and character varying(255): Hibernate"
                + " creates it as the latter, and PostgreSQL refuses a foreign key between these types. Give"
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

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-112] Person.bio names the table \"person_detail\", which"
                + " is neither the table of Person (person) nor one of its @SecondaryTable [person_details]. Declare it"
                + " with @SecondaryTable(name = \"person_detail\") on Person, or correct the name").inFile(src)
                .onLineContaining("person_detail\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSecondaryTableDeclaredTwiceInASingleTableHierarchyIsAnError() {
        JavaFileObject root = Sources.entity("Exercise", """
                @Entity
                @SecondaryTable(name = "exercise_details")
                public abstract class Exercise {
                  @Id private Long id;
                  @Column(table = "exercise_details") private String hint;
                }
                """);
        JavaFileObject sub = Sources.entity("CodingExercise", """
                @Entity
                @SecondaryTable(name = "exercise_details")
                public class CodingExercise extends Exercise {
                  @Column(table = "exercise_details") private String language;
                }
                """);

        Compilation compilation = Sources.compileStrict(root, sub);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108] @Entity CodingExercise declares the secondary table"
                + " exercise_details, which Exercise of its hierarchy declares too: Migrate does not map one secondary"
                + " table declared twice in a hierarchy. Declare it once, on the entity whose columns it holds")
                .inFile(sub).onLineContaining("@SecondaryTable");
        assertThat(compilation).hadErrorCount(1);
    }
}
