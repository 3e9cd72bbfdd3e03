package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden snapshots for SINGLE_TABLE inheritance. Each expectation was checked against the DDL
 * Hibernate ORM 7.4.13 exports for the same entities with PostgreSQLDialect (the order of the
 * values in the discriminator's check with the entities registered by qualified name).
 */
class SingleTableSnapshotTest {

    @Test
    void aHierarchySharesTheRootsTableWithADiscriminatorAndChecksForEachSubclass() {
        JavaFileObject animal = Sources.entity("Animal", """
                @Entity
                public class Animal {
                  @Id private Long id;
                  private String name;
                  @Column(nullable = true) private int age;
                }
                """);
        JavaFileObject dog = Sources.entity("Dog", """
                @Entity
                public class Dog extends Animal {
                  private int legs;
                  @Column(nullable = false) private String breed;
                  @Basic(optional = false) private String owner;
                  @Column(nullable = false) private int tail;
                  private Integer boxed;
                  @Enumerated(EnumType.STRING) private Size size;
                  public enum Size { S, M, L }
                }
                """);
        JavaFileObject cat = Sources.entity("Cat", """
                @Entity
                @DiscriminatorValue("KITTY")
                public class Cat extends Animal {
                  private boolean indoor;
                  private String name2;
                  private Integer boxed;
                }
                """);

        Compilation compilation = Sources.compile(animal, dog, cat);

        // Cat and Dog share the column boxed, as in Hibernate. Only the root's nullable primitive is worth a warning: in a subclass a nullable column is the rule.
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[MIGRATE-202] Animal.age is a primitive int");
        assertEquals("""
                table animal
                  id bigint not null
                  name character varying(255) null
                  age integer null
                  dtype character varying(31) not null
                  indoor boolean null
                  name2 character varying(255) null
                  boxed integer null
                  legs integer null
                  breed character varying(255) not null
                  owner character varying(255) null
                  tail integer not null
                  size character varying(255) null
                  primary key animal_pkey [id]
                  check animal_dtype_Dog_check dtype <> 'Dog' or (age is not null and legs is not null and owner is not null)
                  check animal_dtype_KITTY_check dtype <> 'KITTY' or (age is not null and indoor is not null)
                  check animal_dtype_check dtype in ('Animal','Cat','Dog')
                  check animal_size_check size in ('S','M','L')
                """.replace("'Cat'", "'KITTY'"), Sources.describe(compilation, "default"));
    }

    @Test
    void deeperHierarchiesFollowHibernatesOrderAndAbstractEntitiesHaveNoValue() {
        JavaFileObject plant = Sources.entity("Plant", """
                @Entity
                @DiscriminatorColumn(name = "ptype", length = 12)
                public abstract class Plant {
                  @Id private Long id;
                }
                """);
        JavaFileObject tree = Sources.entity("Tree", """
                @Entity
                public class Tree extends Plant {
                  @Column(nullable = false) private Integer height;
                  private int rings;
                }
                """);
        JavaFileObject oak = Sources.entity("Oak", """
                @Entity
                @DiscriminatorValue("OAK")
                public class Oak extends Tree {
                  private int acorns;
                }
                """);
        JavaFileObject fern = Sources.entity("Fern", """
                @Entity
                public class Fern extends Plant {
                  private String frond;
                }
                """);

        Compilation compilation = Sources.compile(plant, tree, oak, fern);

        assertThat(compilation).succeededWithoutWarnings();
        // Hibernate's order of values: each subclass's own subclasses first, then the subclasses themselves.
        assertEquals("""
                table plant
                  id bigint not null
                  ptype character varying(12) not null
                  frond character varying(255) null
                  height integer not null
                  rings integer null
                  acorns integer null
                  primary key plant_pkey [id]
                  check plant_ptype_OAK_check ptype <> 'OAK' or (rings is not null and acorns is not null)
                  check plant_ptype_Tree_check ptype <> 'Tree' or (rings is not null)
                  check plant_ptype_check ptype in ('OAK','Fern','Tree')
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void integerAndCharDiscriminatorsAndARootAloneWithADiscriminatorColumn() {
        JavaFileObject vehicle = Sources.entity("Vehicle", """
                @Entity
                @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
                @DiscriminatorValue("1")
                public class Vehicle {
                  @Id private Long id;
                }
                """);
        JavaFileObject car = Sources.entity("Car", """
                @Entity
                @DiscriminatorValue("2")
                public class Car extends Vehicle {
                  private int doors;
                }
                """);
        JavaFileObject bike = Sources.entity("Bike", """
                @Entity
                public class Bike extends Vehicle {
                  private int gears;
                }
                """);
        JavaFileObject shape = Sources.entity("Shape", """
                @Entity
                @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
                @DiscriminatorValue("S")
                public class Shape {
                  @Id private Long id;
                }
                """);
        JavaFileObject circle = Sources.entity("Circle", """
                @Entity
                @DiscriminatorValue("C")
                public class Circle extends Shape {
                  private double r;
                }
                """);
        JavaFileObject solo = Sources.entity("Solo", """
                @Entity
                @DiscriminatorColumn
                public class Solo {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compile(vehicle, car, bike, shape, circle, solo);

        assertThat(compilation).succeededWithoutWarnings();
        // 2070529 is "Bike".hashCode(), Hibernate's value for an INTEGER discriminator without @DiscriminatorValue.
        assertEquals("""
                table shape
                  id bigint not null
                  dtype character(1) not null
                  r double precision null
                  primary key shape_pkey [id]
                  check shape_dtype_C_check dtype <> 'C' or (r is not null)
                  check shape_dtype_check dtype in ('S','C')
                table solo
                  id bigint not null
                  dtype character varying(31) not null
                  primary key solo_pkey [id]
                  check solo_dtype_check dtype in ('Solo')
                table vehicle
                  id bigint not null
                  kind integer not null
                  gears integer null
                  doors integer null
                  primary key vehicle_pkey [id]
                  check vehicle_kind_2070529_check kind <> 2070529 or (gears is not null)
                  check vehicle_kind_2_check kind <> 2 or (doors is not null)
                  check vehicle_kind_check kind in (1,2070529,2)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void relationshipsOfSubclassesLiveInTheRootsTable() {
        // Checked against Hibernate 7.4's export of the same entities: nullable join columns unless
        // @JoinColumn(nullable = false), optional = false in the subclass's check, the subclass's entity
        // name in default owner columns, the root's table as the target of relationships to a subclass.
        Compilation compilation = Sources.compile(Sources.entity("Pay", """
                @Entity
                @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                public class Pay {
                  @Id private Long id;
                }
                """), Sources.entity("Card", """
                @Entity
                public class Card extends Pay {
                  @ManyToOne(optional = false) private Bank bank;
                  private int amount;
                  @ManyToOne @JoinColumn(nullable = false) private Bank issuer;
                  @OneToOne(optional = false) @JoinColumn(name = "req_id") private Bank required;
                  @ManyToMany private Set<Bank> banks;
                  @ElementCollection private List<String> tags;
                }
                """), Sources.entity("Wire", """
                @Entity
                public class Wire extends Pay {
                  @ManyToOne(optional = false) private Bank bank;
                  @OneToMany(mappedBy = "wire") @OrderColumn private List<Bank> lines;
                }
                """), Sources.entity("Bank", """
                @Entity
                public class Bank {
                  @Id private Long id;
                  @ManyToOne private Wire wire;
                  @ManyToMany private Set<Card> cards;
                  @OneToMany @JoinColumn(name = "bank_ref") private List<Wire> wires;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table bank
                  id bigint not null
                  wire_id bigint null
                  lines_order integer null
                  primary key bank_pkey [id]
                  foreign key bank_wire_id_fkey (wire_id) references pay(id)
                  check bank_lines_order_check lines_order >= 0
                table bank_pay
                  bank_id bigint not null
                  cards_id bigint not null
                  primary key bank_pay_pkey [bank_id, cards_id]
                  foreign key bank_pay_bank_id_fkey (bank_id) references bank(id)
                  foreign key bank_pay_cards_id_fkey (cards_id) references pay(id)
                table card_tags
                  card_id bigint not null
                  tags character varying(255) null
                  foreign key card_tags_card_id_fkey (card_id) references pay(id)
                table pay
                  id bigint not null
                  dtype character varying(31) not null
                  amount integer null
                  bank_id bigint null
                  issuer_id bigint not null
                  req_id bigint null
                  bank_ref bigint null
                  primary key pay_pkey [id]
                  unique pay_req_id_key [req_id]
                  foreign key pay_bank_id_fkey (bank_id) references bank(id)
                  foreign key pay_bank_ref_fkey (bank_ref) references bank(id)
                  foreign key pay_issuer_id_fkey (issuer_id) references bank(id)
                  foreign key pay_req_id_fkey (req_id) references bank(id)
                  check pay_dtype_Card_check dtype <> 'Card' or (amount is not null and bank_id is not null and req_id is not null)
                  check pay_dtype_Wire_check dtype <> 'Wire' or (bank_id is not null)
                  check pay_dtype_check dtype in ('Pay','Card','Wire')
                table pay_bank
                  card_id bigint not null
                  banks_id bigint not null
                  primary key pay_bank_pkey [card_id, banks_id]
                  foreign key pay_bank_banks_id_fkey (banks_id) references bank(id)
                  foreign key pay_bank_card_id_fkey (card_id) references pay(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void discriminatorsTypedByTheirColumnDefinition() {
        JavaFileObject card = Sources.entity("Card", """
                @Entity
                @DiscriminatorColumn(name = "kind", columnDefinition = "varchar(12)")
                @DiscriminatorValue("PLAIN")
                public class Card {
                  @Id private Long id;
                }
                """);
        JavaFileObject promo = Sources.entity("Promo", """
                @Entity
                @DiscriminatorValue("PROMO")
                public class Promo extends Card {
                }
                """);
        JavaFileObject parcel = Sources.entity("Parcel", """
                @Entity
                @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR, columnDefinition = "char(1) default 'B'")
                @DiscriminatorValue("B")
                public class Parcel {
                  @Id private Long id;
                }
                """);
        JavaFileObject level = Sources.entity("Level", """
                @Entity
                @DiscriminatorColumn(columnDefinition = "text collate \\"C\\"")
                public class Level {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compile(card, promo, parcel, level);

        assertThat(compilation).succeededWithoutWarnings();
        // As Hibernate 7.4 exports them: the definition, then "not null"; the check on the values stays.
        assertEquals("""
                table card
                  id bigint not null
                  kind character varying(12) not null
                  primary key card_pkey [id]
                  check card_kind_check kind in ('PLAIN','PROMO')
                table level
                  id bigint not null
                  dtype text collate "C" not null
                  primary key level_pkey [id]
                  check level_dtype_check dtype in ('Level')
                table parcel
                  id bigint not null
                  dtype character(1) not null default 'B'
                  primary key parcel_pkey [id]
                  check parcel_dtype_check dtype in ('B')
                """, Sources.describe(compilation, "default"));
    }
}
