package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden snapshots for relationships. Each expectation was checked against the DDL Hibernate ORM 7.4
 * exports for the same entities with PostgreSQLDialect (constraint names aside: Hibernate makes up
 * hashed names where the model gives none, Migrate PostgreSQL's own scheme).
 */
class RelationshipSnapshotTest {

    private static final JavaFileObject CUSTOMER = Sources.entity("Customer", """
            @Entity
            public class Customer {
              @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
              private String name;
            }
            """);
    private static final JavaFileObject COUNTRY = Sources.entity("Country", """
            @Entity
            public class Country {
              @Id @Column(length = 2) private String code;
              @Column(unique = true, length = 3) private String iso3;
            }
            """);
    private static final JavaFileObject ADDRESS = Sources.entity("Address", """
            @Entity
            public class Address {
              @Id @GeneratedValue private Integer id;
              private String street;
              @ManyToOne private Country country;
              @ManyToOne @JoinColumn(name = "iso3_ref", referencedColumnName = "iso3") private Country byIso3;
            }
            """);

    /** Hibernate is not on the processor's test class path: its annotations as far as these tests need them. */
    static final JavaFileObject ON_DELETE = Sources.source("org.hibernate.annotations.OnDelete", """
            package org.hibernate.annotations;
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            public @interface OnDelete { OnDeleteAction action(); }
            """);
    static final JavaFileObject ON_DELETE_ACTION = Sources.source("org.hibernate.annotations.OnDeleteAction", """
            package org.hibernate.annotations;
            public enum OnDeleteAction { NO_ACTION, CASCADE, RESTRICT, SET_NULL, SET_DEFAULT }
            """);

    @Test
    void toOneRelationshipsBecomeJoinColumnsWithForeignKeys() {
        JavaFileObject order = Sources.entity("PurchaseOrder", """
                import org.hibernate.annotations.OnDelete;
                import org.hibernate.annotations.OnDeleteAction;

                @Entity
                public class PurchaseOrder {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                  @ManyToOne private Customer customer;
                  @ManyToOne(optional = false) @JoinColumn(name = "ship_to") private Address shipTo;
                  @OneToOne private Address billing;
                  @OneToOne(optional = false) private Address invoiceAddress;
                  @OneToOne @JoinColumn(unique = false) private Address noUnique;
                  @ManyToOne @JoinColumn(nullable = false, foreignKey = @ForeignKey(name = "order_country_fk"))
                  private Country country;
                  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) private Customer loose;
                  @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) private Customer cascading;
                  @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) private Customer setNull;
                  @ManyToOne @JoinColumn(unique = true) private Customer uniqueM2o;
                }
                """);

        Compilation compilation = Sources.compile(CUSTOMER, COUNTRY, ADDRESS, order, ON_DELETE, ON_DELETE_ACTION);

        assertThat(compilation).succeededWithoutWarnings();
        // A one-to-one is unique even with @JoinColumn(unique = false); NO_CONSTRAINT leaves loose_id without a key.
        assertEquals("""
                table address
                  id integer not null
                  street character varying(255) null
                  country_code character varying(2) null
                  iso3_ref character varying(3) null
                  primary key address_pkey [id]
                  foreign key address_country_code_fkey (country_code) references country(code)
                  foreign key address_iso3_ref_fkey (iso3_ref) references country(iso3)
                table country
                  code character varying(2) not null
                  iso3 character varying(3) null
                  primary key country_pkey [code]
                  unique country_iso3_key [iso3]
                table customer
                  id bigint identity not null
                  name character varying(255) null
                  primary key customer_pkey [id]
                table purchaseorder
                  id bigint identity not null
                  customer_id bigint null
                  ship_to integer not null
                  billing_id integer null
                  invoiceaddress_id integer not null
                  nounique_id integer null
                  country_code character varying(2) not null
                  loose_id bigint null
                  cascading_id bigint null
                  setnull_id bigint null
                  uniquem2o_id bigint null
                  primary key purchaseorder_pkey [id]
                  unique purchaseorder_billing_id_key [billing_id]
                  unique purchaseorder_invoiceaddress_id_key [invoiceaddress_id]
                  unique purchaseorder_nounique_id_key [nounique_id]
                  unique purchaseorder_uniquem2o_id_key [uniquem2o_id]
                  foreign key order_country_fk (country_code) references country(code)
                  foreign key purchaseorder_billing_id_fkey (billing_id) references address(id)
                  foreign key purchaseorder_cascading_id_fkey (cascading_id) references customer(id) on delete cascade
                  foreign key purchaseorder_customer_id_fkey (customer_id) references customer(id)
                  foreign key purchaseorder_invoiceaddress_id_fkey (invoiceaddress_id) references address(id)
                  foreign key purchaseorder_nounique_id_fkey (nounique_id) references address(id)
                  foreign key purchaseorder_setnull_id_fkey (setnull_id) references customer(id) on delete set null
                  foreign key purchaseorder_ship_to_fkey (ship_to) references address(id)
                  foreign key purchaseorder_uniquem2o_id_fkey (uniquem2o_id) references customer(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void collectionsBecomeJoinTablesOrJoinColumnsInTheTargetTable() {
        JavaFileObject order = Sources.entity("Ord", """
                @Entity(name = "Ord") @Table(name = "orders")
                public class Ord {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long orderId;
                  @ManyToMany private Set<Item> items;
                  @OneToMany @JoinColumn(nullable = false) private List<Line> orderLines;
                  @ManyToOne private Item favouriteItem;
                  @Embedded private Shipping shipping;
                  @Embedded
                  @AttributeOverride(name = "note", column = @Column(name = "return_note"))
                  @AssociationOverride(name = "carrier", joinColumns = @JoinColumn(name = "return_carrier"))
                  private Shipping returnShipping;
                  @ManyToMany private List<Category> categories;
                  @OneToMany private Set<Pet> pets;
                  @OneToMany private List<Bone> bones;
                  @ManyToMany
                  @JoinTable(name = "order_labels", joinColumns = @JoinColumn(name = "oid"),
                      inverseJoinColumns = @JoinColumn(name = "tid"), foreignKey = @ForeignKey(name = "labels_order_fk"),
                      inverseForeignKey = @ForeignKey(name = "labels_tag_fk"))
                  private Set<Pet> labels;
                }
                """);
        JavaFileObject shipping = Sources.entity("Shipping", """
                @Embeddable
                public class Shipping {
                  private String note;
                  @ManyToOne private Item carrier;
                }
                """);
        JavaFileObject item = Sources.entity("Item", """
                @Entity @Table(name = "item_tbl")
                public class Item {
                  @Id @Column(name = "itemCode", length = 12) private String itemCode;
                }
                """);
        JavaFileObject line = Sources.entity("Line", """
                @Entity
                public class Line {
                  @Id private Long id;
                }
                """);
        JavaFileObject category = Sources.entity("Category", """
                @Entity
                public class Category {
                  @Id private Integer catId;
                  @ManyToMany(mappedBy = "categories") private Set<Ord> orders;
                }
                """);
        JavaFileObject pet = Sources.entity("Pet", """
                @Entity
                public class Pet {
                  @Id private Long id;
                }
                """);
        JavaFileObject bone = Sources.entity("Bone", """
                @Entity
                public class Bone {
                  @Id private Long id;
                }
                """);

        Compilation compilation = Sources.compile(order, shipping, item, line, category, pet, bone);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table bone
                  id bigint not null
                  primary key bone_pkey [id]
                table category
                  catid integer not null
                  primary key category_pkey [catid]
                table item_tbl
                  itemcode character varying(12) not null
                  primary key item_tbl_pkey [itemcode]
                table line
                  id bigint not null
                  orderlines_orderid bigint not null
                  primary key line_pkey [id]
                  foreign key line_orderlines_orderid_fkey (orderlines_orderid) references orders(orderid)
                table order_labels
                  oid bigint not null
                  tid bigint not null
                  primary key order_labels_pkey [oid, tid]
                  foreign key labels_order_fk (oid) references orders(orderid)
                  foreign key labels_tag_fk (tid) references pet(id)
                table orders
                  orderid bigint identity not null
                  note character varying(255) null
                  return_note character varying(255) null
                  favouriteitem_itemcode character varying(12) null
                  carrier_itemcode character varying(12) null
                  return_carrier character varying(12) null
                  primary key orders_pkey [orderid]
                  foreign key orders_carrier_itemcode_fkey (carrier_itemcode) references item_tbl(itemcode)
                  foreign key orders_favouriteitem_itemcode_fkey (favouriteitem_itemcode) references item_tbl(itemcode)
                  foreign key orders_return_carrier_fkey (return_carrier) references item_tbl(itemcode)
                table orders_bone
                  ord_orderid bigint not null
                  bones_id bigint not null
                  unique orders_bone_bones_id_key [bones_id]
                  foreign key orders_bone_bones_id_fkey (bones_id) references bone(id)
                  foreign key orders_bone_ord_orderid_fkey (ord_orderid) references orders(orderid)
                table orders_category
                  orders_orderid bigint not null
                  categories_catid integer not null
                  foreign key orders_category_categories_catid_fkey (categories_catid) references category(catid)
                  foreign key orders_category_orders_orderid_fkey (orders_orderid) references orders(orderid)
                table orders_item_tbl
                  ord_orderid bigint not null
                  items_itemcode character varying(12) not null
                  primary key orders_item_tbl_pkey [ord_orderid, items_itemcode]
                  foreign key orders_item_tbl_items_itemcode_fkey (items_itemcode) references item_tbl(itemcode)
                  foreign key orders_item_tbl_ord_orderid_fkey (ord_orderid) references orders(orderid)
                table orders_pet
                  ord_orderid bigint not null
                  pets_id bigint not null
                  primary key orders_pet_pkey [pets_id]
                  foreign key orders_pet_ord_orderid_fkey (ord_orderid) references orders(orderid)
                  foreign key orders_pet_pets_id_fkey (pets_id) references pet(id)
                table pet
                  id bigint not null
                  primary key pet_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void joinedSubclassTablesAreKeyedByAndReferenceTheirParentsTable() {
        JavaFileObject animal = Sources.entity("Animal", """
                @Entity @Inheritance(strategy = InheritanceType.JOINED)
                public abstract class Animal {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                  private String name;
                }
                """);
        JavaFileObject dog = Sources.entity("Dog", """
                @Entity
                public class Dog extends Animal {
                  private boolean good;
                }
                """);
        JavaFileObject cat = Sources.entity("Cat", """
                @Entity
                @PrimaryKeyJoinColumn(name = "cat_id", foreignKey = @ForeignKey(name = "cat_is_an_animal"))
                public class Cat extends Animal {
                  private int lives;
                }
                """);
        JavaFileObject puppy = Sources.entity("Puppy", """
                @Entity
                public class Puppy extends Dog {
                  private int age;
                  @ManyToOne private Cat friend;
                }
                """);

        Compilation compilation = Sources.compile(animal, dog, cat, puppy);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table animal
                  id bigint identity not null
                  name character varying(255) null
                  primary key animal_pkey [id]
                table cat
                  cat_id bigint not null
                  lives integer not null
                  primary key cat_pkey [cat_id]
                  foreign key cat_is_an_animal (cat_id) references animal(id)
                table dog
                  id bigint not null
                  good boolean not null
                  primary key dog_pkey [id]
                  foreign key dog_id_fkey (id) references animal(id)
                table puppy
                  id bigint not null
                  age integer not null
                  friend_cat_id bigint null
                  primary key puppy_pkey [id]
                  foreign key puppy_friend_cat_id_fkey (friend_cat_id) references cat(cat_id)
                  foreign key puppy_id_fkey (id) references dog(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aToOneReferencingColumnsThatAreNeitherKeyNorUniqueMakesThemUnique() {
        JavaFileObject assignment = Sources.entity("Assignment", """
                @Entity
                public class Assignment {
                  @Id private Long id;
                  @Column(name = "query", length = 1024) private String filterQuery;
                  @Column(length = 64) private String name;
                }
                """);
        JavaFileObject filter = Sources.entity("Filter", """
                @Entity
                public class Filter {
                  @Id private Long id;
                  @ManyToOne
                  @JoinColumn(name = "a_name", referencedColumnName = "name")
                  @JoinColumn(name = "a_query", referencedColumnName = "query")
                  private Assignment assignment;
                }
                """);

        Compilation compilation = Sources.compileStrict(assignment, filter);

        // Listed by the attributes they map (filterQuery, name); typed as written position by position with them, so
        // a_name, written first, takes the type of query, and a_query that of name, as Hibernate 7.4 exports them.
        assertEquals("""
                table assignment
                  id bigint not null
                  query character varying(1024) null
                  name character varying(64) null
                  primary key assignment_pkey [id]
                  unique assignment_query_name_key [query, name]
                table filter
                  id bigint not null
                  a_query character varying(64) null
                  a_name character varying(1024) null
                  primary key filter_pkey [id]
                  foreign key filter_a_query_a_name_fkey (a_query, a_name) references assignment(query, name)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aPrimaryKeyJoinColumnOnAOneToManyChangesNothing() {
        JavaFileObject device = Sources.entity("Device", """
                @Entity
                public class Device {
                  @Id private Long id;
                  @OneToMany(mappedBy = "device") @PrimaryKeyJoinColumn
                  private java.util.List<Status> statuses;
                }
                """);
        JavaFileObject status = Sources.entity("Status", """
                @Entity
                public class Status {
                  @Id private Long id;
                  @ManyToOne private Device device;
                }
                """);

        Compilation compilation = Sources.compileStrict(device, status);

        assertEquals("""
                table device
                  id bigint not null
                  primary key device_pkey [id]
                table status
                  id bigint not null
                  device_id bigint null
                  primary key status_pkey [id]
                  foreign key status_device_id_fkey (device_id) references device(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aJoinedSubclassKeyMayNameTheParentsKeyColumnItReferences() {
        JavaFileObject payment = Sources.entity("Payment", """
                @Entity @Inheritance(strategy = InheritanceType.JOINED)
                public abstract class Payment {
                  @Id @Column(name = "payment_no") private Long id;
                }
                """);
        JavaFileObject card = Sources.entity("CardPayment", """
                @Entity
                @PrimaryKeyJoinColumn(name = "payment_ref", referencedColumnName = "PAYMENT_NO")
                public class CardPayment extends Payment {
                  private String last4;
                }
                """);
        JavaFileObject cash = Sources.entity("CashPayment", """
                @Entity
                @PrimaryKeyJoinColumn(name = "payment_ref", referencedColumnName = "amount")
                public class CashPayment extends Payment {
                  private String till;
                }
                """);

        Compilation compilation = Sources.compile(payment, card, cash);

        assertThat(compilation).hadWarningContaining("[MIGRATE-123] @PrimaryKeyJoinColumn(referencedColumnName ="
                + " \"amount\") on CashPayment names no key column of Payment").inFile(cash);
        assertEquals("""
                table cardpayment
                  payment_ref bigint not null
                  last4 character varying(255) null
                  primary key cardpayment_pkey [payment_ref]
                  foreign key cardpayment_payment_ref_fkey (payment_ref) references payment(payment_no)
                table payment
                  payment_no bigint not null
                  primary key payment_pkey [payment_no]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void compositeKeysAreOrderedAsHibernateOrdersThemAndReferencedByAllTheirColumns() {
        JavaFileObject key = Sources.entity("CompKey", """
                @Embeddable
                public class CompKey implements java.io.Serializable {
                  private Long zeta;
                  @Column(length = 10) private String alpha;
                  private int middle;
                }
                """);
        JavaFileObject composite = Sources.entity("Composite", """
                @Entity
                public class Composite {
                  @EmbeddedId private CompKey key;
                  private String data;
                }
                """);
        JavaFileObject idClass = Sources.entity("IdC", """
                public class IdC implements java.io.Serializable {
                  private Long zeta;
                  private String alpha;
                }
                """);
        JavaFileObject withIdClass = Sources.entity("WithIdClass", """
                @Entity @IdClass(IdC.class)
                public class WithIdClass {
                  @Id private Long zeta;
                  private String data;
                  @Id @Column(length = 5) private String alpha;
                }
                """);
        JavaFileObject referencing = Sources.entity("RefComposite", """
                @Entity
                public class RefComposite {
                  @Id private Long id;
                  @ManyToOne private Composite comp;
                  @ManyToOne
                  @JoinColumns({@JoinColumn(name = "r_alpha", referencedColumnName = "alpha"),
                      @JoinColumn(name = "r_zeta", referencedColumnName = "zeta")})
                  private WithIdClass wic;
                  @ManyToOne private WithIdClass wic2;
                }
                """);

        Compilation compilation = Sources.compile(key, composite, idClass, withIdClass, referencing);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table composite
                  zeta bigint not null
                  alpha character varying(10) not null
                  middle integer not null
                  data character varying(255) null
                  primary key composite_pkey [middle, zeta, alpha]
                table refcomposite
                  id bigint not null
                  comp_middle integer null
                  comp_zeta bigint null
                  comp_alpha character varying(10) null
                  r_alpha character varying(5) null
                  r_zeta bigint null
                  wic2_alpha character varying(5) null
                  wic2_zeta bigint null
                  primary key refcomposite_pkey [id]
                  foreign key refcomposite_comp_middle_comp_zeta_comp_alpha_fkey (comp_middle, comp_zeta, comp_alpha) references composite(middle, zeta, alpha)
                  foreign key refcomposite_r_alpha_r_zeta_fkey (r_alpha, r_zeta) references withidclass(alpha, zeta)
                  foreign key refcomposite_wic2_alpha_wic2_zeta_fkey (wic2_alpha, wic2_zeta) references withidclass(alpha, zeta)
                table withidclass
                  zeta bigint not null
                  data character varying(255) null
                  alpha character varying(5) not null
                  primary key withidclass_pkey [alpha, zeta]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void mapsIdMakesTheJoinColumnTheKeyInPlaceOfTheIdAttributesColumn() {
        JavaFileObject pet = Sources.entity("Pet", """
                @Entity
                public class Pet {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                }
                """);
        JavaFileObject profile = Sources.entity("Profile", """
                @Entity
                public class Profile {
                  @Id private Long id;
                  @MapsId @OneToOne private Pet pet;
                  private String bio;
                }
                """);
        JavaFileObject note = Sources.entity("Note", """
                @Entity
                public class Note {
                  @Id private Long id;
                  @ManyToOne private Profile profile;
                }
                """);
        JavaFileObject license = Sources.entity("License", """
                @Entity
                public class License {
                  @Id private Long id;
                  @MapsId @ManyToOne @JoinColumn(name = "pet_ref") private Pet pet;
                }
                """);

        Compilation compilation = Sources.compile(note, profile, pet, license);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table license
                  pet_ref bigint not null
                  primary key license_pkey [pet_ref]
                  foreign key license_pet_ref_fkey (pet_ref) references pet(id)
                table note
                  id bigint not null
                  profile_pet_id bigint null
                  primary key note_pkey [id]
                  foreign key note_profile_pet_id_fkey (profile_pet_id) references profile(pet_id)
                table pet
                  id bigint identity not null
                  primary key pet_pkey [id]
                table profile
                  bio character varying(255) null
                  pet_id bigint not null
                  primary key profile_pkey [pet_id]
                  foreign key profile_pet_id_fkey (pet_id) references pet(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void elementCollectionsGetATableKeyedByTheOwner() {
        JavaFileObject post = Sources.entity("Post", """
                @Entity(name = "Article") @Table(name = "posts")
                public class Post {
                  @Id @Column(name = "postKey") private Long id;
                  @ElementCollection private Set<String> words;
                  @ElementCollection private Set<Money> prices;
                  @ElementCollection @Column(length = 20, nullable = false) private List<String> tagLines;
                  @ElementCollection
                  @CollectionTable(joinColumns = @JoinColumn(name = "owner_ref"),
                      foreignKey = @ForeignKey(name = "meta_owner_fk"))
                  private Set<Integer> numbers;
                  @ElementCollection
                  @AttributeOverride(name = "zcurrency", column = @Column(name = "cur", length = 5))
                  private List<Money> priceList;
                }
                """);
        JavaFileObject money = Sources.entity("Money", """
                @Embeddable
                public class Money {
                  @Column(length = 3) private String zcurrency;
                  private BigDecimal amount;
                  private int a;
                }
                """);

        Compilation compilation = Sources.compile(post, money);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table article_numbers
                  owner_ref bigint not null
                  numbers integer null
                  unique article_numbers_owner_ref_numbers_key [owner_ref, numbers]
                  foreign key meta_owner_fk (owner_ref) references posts(postkey)
                table article_pricelist
                  article_postkey bigint not null
                  cur character varying(5) null
                  amount numeric(38,2) null
                  a integer null
                  foreign key article_pricelist_article_postkey_fkey (article_postkey) references posts(postkey)
                table article_prices
                  article_postkey bigint not null
                  zcurrency character varying(3) null
                  amount numeric(38,2) null
                  a integer null
                  unique article_prices_article_postkey_a_amount_zcurrency_key [article_postkey, a, amount, zcurrency]
                  foreign key article_prices_article_postkey_fkey (article_postkey) references posts(postkey)
                table article_taglines
                  article_postkey bigint not null
                  taglines character varying(20) not null
                  foreign key article_taglines_article_postkey_fkey (article_postkey) references posts(postkey)
                table article_words
                  article_postkey bigint not null
                  words character varying(255) null
                  unique article_words_article_postkey_words_key [article_postkey, words]
                  foreign key article_words_article_postkey_fkey (article_postkey) references posts(postkey)
                table posts
                  postkey bigint not null
                  primary key posts_pkey [postkey]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aJoinColumnSharedWithAReadOnlyBasicColumnIsOneColumn() {
        JavaFileObject cust = Sources.entity("Cust", "@Entity public class Cust { @Id private Long id; }");
        JavaFileObject order = Sources.entity("Ord", """
                @Entity
                public class Ord {
                  @Id private Long id;
                  @Column(name = "cust_id", nullable = false) private Long custId;
                  @ManyToOne @JoinColumn(name = "cust_id", insertable = false, updatable = false) private Cust cust;
                  @Column(name = "other_id", insertable = false, updatable = false) private Long otherId;
                  @OneToOne @JoinColumn(name = "other_id") private Cust other;
                  @ManyToOne @JoinColumn(name = "fourth_id", nullable = false, insertable = false, updatable = false)
                  private Cust fourth;
                  @Column(name = "fourth_id") private Long fourthId;
                }
                """);

        Compilation compilation = Sources.compile(cust, order);

        // The basic attribute's nullability wins, and a shared one-to-one column is not unique (Hibernate 7.4).
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table cust
                  id bigint not null
                  primary key cust_pkey [id]
                table ord
                  id bigint not null
                  cust_id bigint not null
                  other_id bigint null
                  fourth_id bigint null
                  primary key ord_pkey [id]
                  foreign key ord_cust_id_fkey (cust_id) references cust(id)
                  foreign key ord_fourth_id_fkey (fourth_id) references cust(id)
                  foreign key ord_other_id_fkey (other_id) references cust(id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aMapOfValuesIsKeyedByTheOwnerAndTheMapKey() {
        JavaFileObject post = Sources.entity("Post", """
                @Entity(name = "Article") @Table(name = "posts")
                public class Post {
                  @Id @Column(name = "postKey") private Long id;
                  @ElementCollection @MapKeyColumn(name = "mkey") private Map<String, Integer> counts;
                  @ElementCollection private Map<String, Integer> plainMap;
                  @ElementCollection @CollectionTable(name = "post_meta") @MapKeyColumn(name = "mkey", length = 40)
                  @Column(name = "mval", length = 100)
                  private Map<String, String> meta;
                }
                """);

        Compilation compilation = Sources.compile(post);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table article_counts
                  article_postkey bigint not null
                  mkey character varying(255) not null
                  counts integer null
                  primary key article_counts_pkey [article_postkey, mkey]
                  foreign key article_counts_article_postkey_fkey (article_postkey) references posts(postkey)
                table article_plainmap
                  article_postkey bigint not null
                  plainmap_key character varying(255) not null
                  plainmap integer null
                  primary key article_plainmap_pkey [article_postkey, plainmap_key]
                  foreign key article_plainmap_article_postkey_fkey (article_postkey) references posts(postkey)
                table post_meta
                  article_postkey bigint not null
                  mkey character varying(40) not null
                  mval character varying(100) null
                  primary key post_meta_pkey [article_postkey, mkey]
                  foreign key post_meta_article_postkey_fkey (article_postkey) references posts(postkey)
                table posts
                  postkey bigint not null
                  primary key posts_pkey [postkey]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void secondaryTablesAreKeyedByAndReferenceTheEntitysTable() {
        JavaFileObject person = Sources.entity("Person", """
                @Entity
                @SecondaryTable(name = "person_details")
                @SecondaryTable(name = "person_extra", pkJoinColumns = @PrimaryKeyJoinColumn(name = "person_ref"),
                    foreignKey = @ForeignKey(name = "extra_person_fk"))
                public class Person {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                  private String name;
                  @Column(table = "person_details", length = 500) private String bio;
                  @Column(table = "person_details", nullable = false) private int age;
                  @Column(table = "person_extra", nullable = false) private String nickname;
                  @ManyToOne @JoinColumn(table = "person_details") private Person mentor;
                }
                """);

        Compilation compilation = Sources.compile(person);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table person
                  id bigint identity not null
                  name character varying(255) null
                  primary key person_pkey [id]
                table person_details
                  id bigint not null
                  bio character varying(500) null
                  age integer not null
                  mentor_id bigint null
                  primary key person_details_pkey [id]
                  foreign key person_details_id_fkey (id) references person(id)
                  foreign key person_details_mentor_id_fkey (mentor_id) references person(id)
                table person_extra
                  person_ref bigint not null
                  nickname character varying(255) not null
                  primary key person_extra_pkey [person_ref]
                  foreign key extra_person_fk (person_ref) references person(id)
                """, Sources.describe(compilation, "default"));
    }
}
