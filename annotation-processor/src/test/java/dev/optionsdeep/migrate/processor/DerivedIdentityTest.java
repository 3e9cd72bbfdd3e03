package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Derived identities, the forms of JPA 3.1 §2.4.1.3. Each expectation is the DDL Hibernate ORM 7.4
 * exports for the same entities with PostgreSQLDialect (constraint names aside), key column order included.
 */
class DerivedIdentityTest {

    private static final JavaFileObject PURCHASE = Sources.entity("Purchase", """
            @Entity
            public class Purchase {
              @Id private Long id;
              private String customer;
            }
            """);
    private static final JavaFileObject ORDER_LINE_ID = Sources.entity("OrderLineId", """
            @Embeddable
            public class OrderLineId implements java.io.Serializable {
              private Long orderId;
              private Integer lineNo;
            }
            """);
    private static final JavaFileObject ORDER_LINE = Sources.entity("OrderLine", """
            @Entity
            public class OrderLine {
              @EmbeddedId private OrderLineId id;
              @MapsId("orderId") @ManyToOne private Purchase order;
              private int quantity;
            }
            """);
    private static final JavaFileObject NAME_ID = Sources.entity("NameId", """
            @Embeddable
            public class NameId implements java.io.Serializable {
              private String firstName;
              private String lastName;
            }
            """);

    @Test
    void mapsIdNamingAnAttributeOfTheEmbeddedIdPutsTheJoinColumnInItsPlace() {
        Compilation compilation = Sources.compile(PURCHASE, ORDER_LINE_ID, ORDER_LINE);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table orderline
                  lineno integer not null
                  quantity integer not null
                  order_id bigint not null
                  primary key orderline_pkey [lineno, order_id]
                  foreign key orderline_order_id_fkey (order_id) references purchase(id)
                table purchase
                  id bigint not null
                  customer character varying(255) null
                  primary key purchase_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aJoinColumnNamesTheDerivedKeyColumn() {
        JavaFileObject line = Sources.entity("OrderLine", """
                @Entity
                public class OrderLine {
                  @EmbeddedId private OrderLineId id;
                  @MapsId("orderId") @ManyToOne @JoinColumn(name = "purchase_ref") private Purchase order;
                }
                """);

        Compilation compilation = Sources.compile(PURCHASE, ORDER_LINE_ID, line);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table orderline
                  lineno integer not null
                  purchase_ref bigint not null
                  primary key orderline_pkey [lineno, purchase_ref]
                  foreign key orderline_purchase_ref_fkey (purchase_ref) references purchase(id)
                """, Sources.describe(compilation, "default").split("table purchase")[0]);
    }

    @Test
    void aGrandchildDerivesItsKeyFromADerivedKey() {
        JavaFileObject noteId = Sources.entity("LineNoteId", """
                @Embeddable
                public class LineNoteId implements java.io.Serializable {
                  private OrderLineId lineId;
                  private Short seq;
                }
                """);
        JavaFileObject note = Sources.entity("LineNote", """
                @Entity
                public class LineNote {
                  @EmbeddedId private LineNoteId id;
                  @MapsId("lineId") @ManyToOne private OrderLine line;
                  private String text;
                }
                """);

        // The grandchild first: the processor reads the keys it depends on before it.
        Compilation compilation = Sources.compile(note, noteId, PURCHASE, ORDER_LINE_ID, ORDER_LINE);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table linenote
                  seq smallint not null
                  text character varying(255) null
                  line_lineno integer not null
                  line_order_id bigint not null
                  primary key linenote_pkey [line_lineno, seq, line_order_id]
                  foreign key linenote_line_lineno_line_order_id_fkey (line_lineno, line_order_id) references orderline(lineno, order_id)
                """, Sources.describe(compilation, "default").split("table orderline")[0]);
    }

    @Test
    void idOnAManyToOneInAnIdClassEntityAddsItsJoinColumnsToTheKey() {
        JavaFileObject employee = Sources.entity("Employee", """
                @Entity
                public class Employee {
                  @Id private long id;
                }
                """);
        JavaFileObject dependentId = Sources.entity("DependentId", """
                public class DependentId implements java.io.Serializable {
                  String name;
                  long emp;
                }
                """);
        JavaFileObject dependent = Sources.entity("Dependent", """
                @Entity @IdClass(DependentId.class)
                public class Dependent {
                  @Id private String name;
                  @Id @ManyToOne private Employee emp;
                }
                """);

        Compilation compilation = Sources.compile(dependent, dependentId, employee);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table dependent
                  name character varying(255) not null
                  emp_id bigint not null
                  primary key dependent_pkey [emp_id, name]
                  foreign key dependent_emp_id_fkey (emp_id) references employee(id)
                """, Sources.describe(compilation, "default").split("table employee")[0]);
    }

    @Test
    void aCompositeParentKeyIsDerivedColumnByColumn() {
        JavaFileObject employee = Sources.entity("Employee", """
                @Entity @IdClass(NameId.class)
                public class Employee {
                  @Id private String firstName;
                  @Id private String lastName;
                }
                """);
        JavaFileObject dependentId = Sources.entity("DependentId", """
                public class DependentId implements java.io.Serializable {
                  String name;
                  NameId emp;
                }
                """);
        JavaFileObject dependent = Sources.entity("Dependent", """
                @Entity @IdClass(DependentId.class)
                public class Dependent {
                  @Id private String name;
                  @Id @ManyToOne private Employee emp;
                }
                """);
        JavaFileObject history = Sources.entity("MedicalHistory", """
                @Entity @IdClass(NameId.class)
                public class MedicalHistory {
                  @Id @OneToOne private Employee patient;
                  private String notes;
                }
                """);

        Compilation compilation = Sources.compile(history, dependent, dependentId, employee, NAME_ID);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table dependent
                  name character varying(255) not null
                  emp_firstname character varying(255) not null
                  emp_lastname character varying(255) not null
                  primary key dependent_pkey [emp_firstname, emp_lastname, name]
                  foreign key dependent_emp_firstname_emp_lastname_fkey (emp_firstname, emp_lastname) references employee(firstname, lastname)
                table employee
                  firstname character varying(255) not null
                  lastname character varying(255) not null
                  primary key employee_pkey [firstname, lastname]
                table medicalhistory
                  notes character varying(255) null
                  patient_firstname character varying(255) not null
                  patient_lastname character varying(255) not null
                  primary key medicalhistory_pkey [patient_firstname, patient_lastname]
                  foreign key medicalhistory_patient_firstname_patient_lastname_fkey (patient_firstname, patient_lastname) references employee(firstname, lastname)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void mapsIdWithAnEmbeddedIdTakesTheParentsCompositeKey() {
        JavaFileObject person = Sources.entity("Person", """
                @Entity
                public class Person {
                  @EmbeddedId private NameId id;
                }
                """);
        JavaFileObject history = Sources.entity("MedicalHistory", """
                @Entity
                public class MedicalHistory {
                  @EmbeddedId private NameId id;
                  @MapsId @OneToOne private Person patient;
                  private String notes;
                }
                """);
        JavaFileObject dependentId = Sources.entity("DependentId", """
                @Embeddable
                public class DependentId implements java.io.Serializable {
                  private String name;
                  private NameId empPK;
                }
                """);
        JavaFileObject dependent = Sources.entity("Dependent", """
                @Entity
                public class Dependent {
                  @EmbeddedId private DependentId id;
                  @MapsId("empPK") @ManyToOne private Person emp;
                }
                """);

        Compilation compilation = Sources.compile(history, dependent, dependentId, person, NAME_ID);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table dependent
                  name character varying(255) not null
                  emp_firstname character varying(255) not null
                  emp_lastname character varying(255) not null
                  primary key dependent_pkey [emp_firstname, emp_lastname, name]
                  foreign key dependent_emp_firstname_emp_lastname_fkey (emp_firstname, emp_lastname) references person(firstname, lastname)
                table medicalhistory
                  notes character varying(255) null
                  patient_firstname character varying(255) not null
                  patient_lastname character varying(255) not null
                  primary key medicalhistory_pkey [patient_firstname, patient_lastname]
                  foreign key medicalhistory_patient_firstname_patient_lastname_fkey (patient_firstname, patient_lastname) references person(firstname, lastname)
                table person
                  firstname character varying(255) not null
                  lastname character varying(255) not null
                  primary key person_pkey [firstname, lastname]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void underSnakeCaseTheDerivedKeyIsOrderedByItsConvertedNames() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.naming=snake_case"), PURCHASE, ORDER_LINE_ID,
                ORDER_LINE);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table order_line
                  line_no integer not null
                  quantity integer not null
                  order_id bigint not null
                  primary key order_line_pkey [line_no, order_id]
                  foreign key order_line_order_id_fkey (order_id) references purchase(id)
                """, Sources.describe(compilation, "default").split("table purchase")[0]);
    }

    /** Hibernate 7.4's own quirk, reproduced: @JoinColumns into part of an @EmbeddedId size as @JoinColumn's default. */
    @Test
    void joinColumnsIntoAPartOfTheEmbeddedIdAreSizedAsJoinColumnsDefault() {
        JavaFileObject country = Sources.entity("Country", """
                @Entity
                public class Country {
                  @Id @Column(length = 10) private String code;
                }
                """);
        JavaFileObject regionId = Sources.entity("RegionId", """
                @Embeddable
                public class RegionId implements java.io.Serializable {
                  @Column(length = 10) private String code;
                  @Column(length = 5) private String suffix;
                }
                """);
        JavaFileObject region = Sources.entity("Region", """
                @Entity
                public class Region {
                  @EmbeddedId private RegionId id;
                  @MapsId("code") @ManyToOne @JoinColumn(name = "zz") private Country country;
                }
                """);
        JavaFileObject person = Sources.entity("Person", """
                @Entity
                public class Person {
                  @EmbeddedId private NameId id;
                }
                """);
        JavaFileObject guardianId = Sources.entity("GuardianId", """
                @Embeddable
                public class GuardianId implements java.io.Serializable {
                  private String name;
                  private NameId personKey;
                }
                """);
        JavaFileObject guardian = Sources.entity("Guardian", """
                @Entity
                public class Guardian {
                  @EmbeddedId private GuardianId id;
                  @MapsId("personKey") @ManyToOne
                  @JoinColumns({@JoinColumn(name = "ward_last", referencedColumnName = "lastName"),
                      @JoinColumn(name = "ward_first", referencedColumnName = "firstName")})
                  private Person ward;
                }
                """);
        JavaFileObject sizedName = Sources.entity("NameId", """
                @Embeddable
                public class NameId implements java.io.Serializable {
                  @Column(length = 40) private String firstName;
                  @Column(length = 60) private String lastName;
                }
                """);

        Compilation compilation = Sources.compile(country, regionId, region, person, guardianId, guardian, sizedName);

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        // Hibernate: zz varchar(255), ordered after suffix; ward_first varchar(40), ward_last varchar(60), both
        // ordered as if varchar(255), so after name.
        assertTrue(described.contains("""
                table guardian
                  name character varying(255) not null
                  ward_first character varying(40) not null
                  ward_last character varying(60) not null
                  primary key guardian_pkey [name, ward_first, ward_last]
                """), described);
        assertTrue(described.contains("""
                table region
                  suffix character varying(5) not null
                  zz character varying(255) not null
                  primary key region_pkey [suffix, zz]
                """), described);
    }

    /** The forms real models use most: link entities keyed by two relationships, and JHipster's user extension. */
    @Test
    void linkEntitiesAndSharedKeysAsRealModelsWriteThem() {
        JavaFileObject student = Sources.entity("Student", """
                @Entity
                public class Student {
                  @Id private long id;
                }
                """);
        JavaFileObject enrollmentId = Sources.entity("EnrollmentId", """
                @Embeddable
                public class EnrollmentId implements java.io.Serializable {
                  private Long studentId;
                  @Column(name = "ignored_by_hibernate") private Long purchaseId;
                }
                """);
        JavaFileObject enrollment = Sources.entity("Enrollment", """
                @Entity
                public class Enrollment {
                  @EmbeddedId private EnrollmentId id;
                  @MapsId("studentId") @ManyToOne @JoinColumn(name = "student_id") private Student student;
                  @MapsId("purchaseId") @ManyToOne private Purchase course;
                  private int grade;
                }
                """);
        JavaFileObject linkId = Sources.entity("LinkId", """
                public class LinkId implements java.io.Serializable {
                  long student;
                  Long course;
                }
                """);
        JavaFileObject link = Sources.entity("Link", """
                @Entity @IdClass(LinkId.class)
                public class Link {
                  @Id @ManyToOne private Student student;
                  @Id @ManyToOne @JoinColumn(name = "crs") private Purchase course;
                  private LocalDate since;
                }
                """);
        JavaFileObject user = Sources.entity("User", """
                @Entity @Table(name = "jhi_user")
                public class User {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                }
                """);
        JavaFileObject userExtra = Sources.entity("UserExtra", """
                @Entity
                public class UserExtra {
                  @Id private Long id;
                  @OneToOne @MapsId @JoinColumn(name = "id") private User internalUser;
                  private String phone;
                }
                """);

        Compilation compilation = Sources.compile(enrollment, enrollmentId, link, linkId, student, PURCHASE, user,
                userExtra);

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        assertTrue(described.contains("""
                table enrollment
                  grade integer not null
                  student_id bigint not null
                  course_id bigint not null
                  primary key enrollment_pkey [course_id, student_id]
                  foreign key enrollment_course_id_fkey (course_id) references purchase(id)
                  foreign key enrollment_student_id_fkey (student_id) references student(id)
                """), described);
        assertTrue(described.contains("""
                table link
                  since date null
                  student_id bigint not null
                  crs bigint not null
                  primary key link_pkey [crs, student_id]
                  foreign key link_crs_fkey (crs) references purchase(id)
                  foreign key link_student_id_fkey (student_id) references student(id)
                """), described);
        assertTrue(described.contains("""
                table userextra
                  phone character varying(255) null
                  id bigint not null
                  primary key userextra_pkey [id]
                  foreign key userextra_id_fkey (id) references jhi_user(id)
                """), described);
    }

    /** Hibernate 7.4's hasAnnotationsOnIdClass: an id class with a @Column maps the id, not the entity's @Id members. */
    @Test
    void anIdClassWithColumnAnnotationsMapsTheIdColumns() {
        JavaFileObject annotatedKey = Sources.entity("AnnotatedKey", """
                public class AnnotatedKey implements java.io.Serializable {
                  @Column(name = "first_name", length = 40) String firstName;
                  String lastName;
                }
                """);
        JavaFileObject annotated = Sources.entity("Annotated", """
                @Entity @IdClass(AnnotatedKey.class)
                public class Annotated {
                  @Id @Column(length = 60) private String firstName;
                  @Id @Column(name = "ln", length = 30) private String lastName;
                  private String other;
                }
                """);
        JavaFileObject plainKey = Sources.entity("PlainKey", """
                @Embeddable
                public class PlainKey implements java.io.Serializable {
                  Long userId;
                  @Basic String role;
                }
                """);
        JavaFileObject plain = Sources.entity("Plain", """
                @Entity @IdClass(PlainKey.class)
                public class Plain {
                  @Id @Column(name = "USER_ID") private Long userId;
                  @Id @Column(name = "ROLE_NAME", length = 30) private String role;
                }
                """);

        Compilation compilation = Sources.compile(annotated, annotatedKey, plain, plainKey);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table annotated
                  first_name character varying(40) not null
                  lastname character varying(255) not null
                  other character varying(255) null
                  primary key annotated_pkey [first_name, lastname]
                table plain
                  user_id bigint not null
                  role_name character varying(30) not null
                  primary key plain_pkey [user_id, role_name]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void mapsIdNamingNoAttributeOfTheIdIsReported() {
        JavaFileObject line = Sources.entity("OrderLine", """
                @Entity
                public class OrderLine {
                  @EmbeddedId private OrderLineId id;
                  @MapsId("purchaseId") @ManyToOne private Purchase order;
                }
                """);

        Compilation compilation = Sources.compileStrict(PURCHASE, ORDER_LINE_ID, line);

        assertThat(compilation).hadErrorContaining("[MIGRATE-120] @MapsId(\"purchaseId\") on OrderLine.order names no"
                + " attribute of the id of OrderLine (its id columns come from id.lineNo, id.orderId)")
                .inFile(line).onLineContaining("@MapsId");
    }
}
