package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Maps of entities and of values with every kind of key. Each expectation is the DDL Hibernate ORM 7.4
 * exports for the same entities with PostgreSQLDialect (constraint names aside), key column order included.
 */
class MapKeysTest {

    private static final JavaFileObject ITEM = Sources.entity("Item", """
            @Entity
            public class Item {
              @Id private Long id;
              private String code;
              @ManyToOne private Shop shop;
            }
            """);
    private static final JavaFileObject DEPT = Sources.entity("Dept", """
            @Entity
            public class Dept {
              @Id private Long id;
            }
            """);
    private static final JavaFileObject KIND = Sources.entity("Kind", """
            public enum Kind { A, B }
            """);

    @Test
    void mapsOfEntitiesKeyTheirJoinTableByTheOwnerAndTheKey() {
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @OneToMany(mappedBy = "shop") @MapKey(name = "code") private Map<String, Item> itemsByCode;
                  @OneToMany @JoinTable(name = "m2") @MapKey private Map<Long, Item> itemsById;
                  @ManyToMany @JoinTable(name = "n1") @MapKey private Map<Long, Item> linkedById;
                  @ManyToMany @JoinTable(name = "m3") @MapKeyColumn(name = "role") private Map<String, Item> staff;
                  @ManyToMany @JoinTable(name = "m4") @MapKeyJoinColumn(name = "dept_id") private Map<Dept, Item> byDept;
                  @ManyToMany @JoinTable(name = "m5") @MapKeyEnumerated(EnumType.STRING) private Map<Kind, Item> byKind;
                  @ManyToMany @JoinTable(name = "m5c") private Map<Kind, Item> byKindOrdinal;
                  @OneToMany(targetEntity = Item.class) @JoinTable(name = "m12") @MapKeyClass(String.class)
                  private Map rawItems;
                  @OneToMany @JoinTable(name = "m14") private Map<Dept, Item> byDeptDefault;
                  @OneToMany @JoinColumn(name = "n3_shop") @MapKey(name = "code") private Map<String, Item> byCode;
                }
                """);

        Compilation compilation = Sources.compile(shop, ITEM, DEPT, KIND);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table dept
                  id bigint not null
                  primary key dept_pkey [id]
                table item
                  id bigint not null
                  code character varying(255) null
                  shop_id bigint null
                  n3_shop bigint null
                  primary key item_pkey [id]
                  foreign key item_n3_shop_fkey (n3_shop) references shop(id)
                  foreign key item_shop_id_fkey (shop_id) references shop(id)
                table m12
                  shop_id bigint not null
                  rawitems_id bigint not null
                  rawitems_key character varying(255) not null
                  primary key m12_pkey [shop_id, rawitems_key]
                  unique m12_rawitems_id_key [rawitems_id]
                  foreign key m12_rawitems_id_fkey (rawitems_id) references item(id)
                  foreign key m12_shop_id_fkey (shop_id) references shop(id)
                table m14
                  shop_id bigint not null
                  bydeptdefault_id bigint not null
                  bydeptdefault_key bigint not null
                  primary key m14_pkey [shop_id, bydeptdefault_key]
                  unique m14_bydeptdefault_id_key [bydeptdefault_id]
                  foreign key m14_bydeptdefault_id_fkey (bydeptdefault_id) references item(id)
                  foreign key m14_bydeptdefault_key_fkey (bydeptdefault_key) references dept(id)
                  foreign key m14_shop_id_fkey (shop_id) references shop(id)
                table m2
                  shop_id bigint not null
                  itemsbyid_id bigint not null
                  primary key m2_pkey [shop_id, itemsbyid_id]
                  unique m2_itemsbyid_id_key [itemsbyid_id]
                  foreign key m2_itemsbyid_id_fkey (itemsbyid_id) references item(id)
                  foreign key m2_shop_id_fkey (shop_id) references shop(id)
                table m3
                  shop_id bigint not null
                  staff_id bigint not null
                  role character varying(255) not null
                  primary key m3_pkey [shop_id, role]
                  foreign key m3_shop_id_fkey (shop_id) references shop(id)
                  foreign key m3_staff_id_fkey (staff_id) references item(id)
                table m4
                  shop_id bigint not null
                  bydept_id bigint not null
                  dept_id bigint not null
                  primary key m4_pkey [shop_id, dept_id]
                  foreign key m4_bydept_id_fkey (bydept_id) references item(id)
                  foreign key m4_dept_id_fkey (dept_id) references dept(id)
                  foreign key m4_shop_id_fkey (shop_id) references shop(id)
                table m5
                  shop_id bigint not null
                  bykind_id bigint not null
                  bykind_key character varying(255) not null
                  primary key m5_pkey [shop_id, bykind_key]
                  foreign key m5_bykind_id_fkey (bykind_id) references item(id)
                  foreign key m5_shop_id_fkey (shop_id) references shop(id)
                  check m5_bykind_key_check bykind_key in ('A','B')
                table m5c
                  shop_id bigint not null
                  bykindordinal_id bigint not null
                  bykindordinal_key smallint not null
                  primary key m5c_pkey [bykindordinal_key, shop_id]
                  foreign key m5c_bykindordinal_id_fkey (bykindordinal_id) references item(id)
                  foreign key m5c_shop_id_fkey (shop_id) references shop(id)
                  check m5c_bykindordinal_key_check bykindordinal_key between 0 and 1
                table n1
                  shop_id bigint not null
                  linkedbyid_id bigint not null
                  primary key n1_pkey [shop_id, linkedbyid_id]
                  foreign key n1_linkedbyid_id_fkey (linkedbyid_id) references item(id)
                  foreign key n1_shop_id_fkey (shop_id) references shop(id)
                table shop
                  id bigint not null
                  primary key shop_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void aOneToManyJoinColumnMapPutsItsKeyColumnIntoTheTargetsTable() {
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @OneToMany @JoinColumn(name = "p_shop") @MapKeyJoinColumn(name = "p_dept") private Map<Dept, Item> byDept;
                  @OneToMany @JoinColumn(name = "q_shop") private Map<Dept, Item> byDeptDefault;
                  @OneToMany @JoinColumn(name = "r_shop") @MapKeyColumn(name = "r_label", length = 30)
                  private Map<String, Item> byLabel;
                  @OneToMany @JoinColumn(name = "s_shop") private Map<String, Item> byPlain;
                }
                """);

        Compilation compilation = Sources.compile(shop, ITEM, DEPT);

        assertThat(compilation).succeededWithoutWarnings();
        // Hibernate 7.4: a @MapKeyJoinColumn column is not null (its nullable defaults to false), the others nullable.
        assertEquals("""
                table item
                  id bigint not null
                  code character varying(255) null
                  shop_id bigint null
                  p_shop bigint null
                  p_dept bigint not null
                  q_shop bigint null
                  bydeptdefault_key bigint null
                  r_shop bigint null
                  r_label character varying(30) null
                  s_shop bigint null
                  byplain_key character varying(255) null
                  primary key item_pkey [id]
                  foreign key item_bydeptdefault_key_fkey (bydeptdefault_key) references dept(id)
                  foreign key item_p_dept_fkey (p_dept) references dept(id)
                  foreign key item_p_shop_fkey (p_shop) references shop(id)
                  foreign key item_q_shop_fkey (q_shop) references shop(id)
                  foreign key item_r_shop_fkey (r_shop) references shop(id)
                  foreign key item_s_shop_fkey (s_shop) references shop(id)
                  foreign key item_shop_id_fkey (shop_id) references shop(id)
                """, Sources.describe(compilation, "default").replaceAll("(?s)^.*(?=table item)", "")
                .replaceAll("(?s)table shop.*", ""));
    }

    @Test
    void mapsOfValuesKeyTheirCollectionTableByTheOwnerAndTheKey() {
        JavaFileObject shelf = Sources.entity("Shelf", """
                @Embeddable
                public class Shelf {
                  private String zone;
                  private Integer level;
                }
                """);
        JavaFileObject stock = Sources.entity("Stock", """
                @Embeddable
                public class Stock {
                  private String label;
                  private Integer qty;
                }
                """);
        JavaFileObject description = Sources.entity("Description", """
                @Embeddable
                public class Description {
                  private String name;
                  @Column(length = 2000) private String text;
                }
                """);
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @ElementCollection @CollectionTable(name = "m7") @MapKeyEnumerated(EnumType.STRING)
                  private Map<Kind, Integer> counts;
                  @ElementCollection @CollectionTable(name = "m8") private Map<Dept, String> deptNotes;
                  @ElementCollection @CollectionTable(name = "m18") @MapKeyJoinColumn(name = "dep")
                  private Map<Dept, String> deptNotes2;
                  @ElementCollection @CollectionTable(name = "m9") private Map<Shelf, Stock> stock;
                  @ElementCollection @CollectionTable(name = "m10") @MapKeyTemporal(TemporalType.DATE)
                  private Map<Date, String> dates;
                  @ElementCollection @CollectionTable(name = "m11") @MapKeyColumn(name = "language")
                  private Map<String, Description> descriptions;
                }
                """);

        Compilation compilation = Sources.compile(shop, DEPT, KIND, shelf, stock, description);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table dept
                  id bigint not null
                  primary key dept_pkey [id]
                table m10
                  shop_id bigint not null
                  dates_key date not null
                  dates character varying(255) null
                  primary key m10_pkey [dates_key, shop_id]
                  foreign key m10_shop_id_fkey (shop_id) references shop(id)
                table m11
                  shop_id bigint not null
                  language character varying(255) not null
                  name character varying(255) null
                  text character varying(2000) null
                  primary key m11_pkey [shop_id, language]
                  foreign key m11_shop_id_fkey (shop_id) references shop(id)
                table m18
                  shop_id bigint not null
                  dep bigint not null
                  deptnotes2 character varying(255) null
                  primary key m18_pkey [shop_id, dep]
                  foreign key m18_dep_fkey (dep) references dept(id)
                  foreign key m18_shop_id_fkey (shop_id) references shop(id)
                table m7
                  shop_id bigint not null
                  counts_key character varying(255) not null
                  counts integer null
                  primary key m7_pkey [shop_id, counts_key]
                  foreign key m7_shop_id_fkey (shop_id) references shop(id)
                  check m7_counts_key_check counts_key in ('A','B')
                table m8
                  shop_id bigint not null
                  deptnotes_key bigint not null
                  deptnotes character varying(255) null
                  primary key m8_pkey [shop_id, deptnotes_key]
                  foreign key m8_deptnotes_key_fkey (deptnotes_key) references dept(id)
                  foreign key m8_shop_id_fkey (shop_id) references shop(id)
                table m9
                  shop_id bigint not null
                  zone character varying(255) not null
                  level integer not null
                  label character varying(255) null
                  qty integer null
                  primary key m9_pkey [level, shop_id, zone]
                  foreign key m9_shop_id_fkey (shop_id) references shop(id)
                table shop
                  id bigint not null
                  primary key shop_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void keyAndValueOverridesAndTheKeysForeignKeyAsHibernateReadsThem() {
        JavaFileObject shelf = Sources.entity("Shelf", """
                @Embeddable
                public class Shelf {
                  private String zone;
                  private Integer level;
                }
                """);
        JavaFileObject stock = Sources.entity("Stock", """
                @Embeddable
                public class Stock {
                  private String label;
                  private Integer qty;
                }
                """);
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @ManyToMany @JoinTable(name = "k1")
                  @MapKeyJoinColumn(name = "dept_ref", foreignKey = @ForeignKey(name = "k1_dept_fk"))
                  private Map<Dept, Item> a;
                  @ElementCollection @CollectionTable(name = "k2")
                  @MapKeyJoinColumn(name = "dept_ref", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                  private Map<Dept, String> b;
                  @ElementCollection @CollectionTable(name = "k3")
                  @AttributeOverride(name = "key.zone", column = @Column(name = "z"))
                  @AttributeOverride(name = "value.label", column = @Column(name = "lbl"))
                  private Map<Shelf, Stock> c;
                  @ElementCollection @CollectionTable(name = "k4")
                  @AttributeOverride(name = "zone", column = @Column(name = "z"))
                  private Map<Shelf, String> d;
                }
                """);

        Compilation compilation = Sources.compile(shop, ITEM, DEPT, shelf, stock);

        assertThat(compilation).succeededWithoutWarnings();
        String described = Sources.describe(compilation, "default");
        // Hibernate 7.4: "key." / "value." overrides apply to the key / value; an unprefixed one not to the key.
        assertEquals("""
                table k1
                  shop_id bigint not null
                  a_id bigint not null
                  dept_ref bigint not null
                  primary key k1_pkey [shop_id, dept_ref]
                  foreign key k1_a_id_fkey (a_id) references item(id)
                  foreign key k1_dept_fk (dept_ref) references dept(id)
                  foreign key k1_shop_id_fkey (shop_id) references shop(id)
                table k2
                  shop_id bigint not null
                  dept_ref bigint not null
                  b character varying(255) null
                  primary key k2_pkey [shop_id, dept_ref]
                  foreign key k2_shop_id_fkey (shop_id) references shop(id)
                table k3
                  shop_id bigint not null
                  z character varying(255) not null
                  level integer not null
                  lbl character varying(255) null
                  qty integer null
                  primary key k3_pkey [level, shop_id, z]
                  foreign key k3_shop_id_fkey (shop_id) references shop(id)
                table k4
                  shop_id bigint not null
                  zone character varying(255) not null
                  level integer not null
                  d character varying(255) null
                  primary key k4_pkey [level, shop_id, zone]
                  foreign key k4_shop_id_fkey (shop_id) references shop(id)
                """, described.replaceAll("(?s)^.*?(?=table k1)", "").replaceAll("(?s)table shop.*", ""));
    }

    @Test
    void aMappedByMapPutsItsKeyColumnIntoTheTargetsTableUnlessTheTargetMapsIt() {
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @OneToMany(mappedBy = "shop") @MapKeyColumn(name = "code") private Map<String, Item> byCode;
                  @OneToMany(mappedBy = "shop") @MapKeyColumn(name = "m_label") private Map<String, Item> byLabel;
                  @OneToMany(mappedBy = "shop") @MapKeyJoinColumn(name = "m_dept") private Map<Dept, Item> byDept;
                  @OneToMany(mappedBy = "shop") @MapKey(name = "id") private Map<Long, Item> byId;
                }
                """);

        Compilation compilation = Sources.compile(shop, ITEM, DEPT);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table item
                  id bigint not null
                  code character varying(255) null
                  shop_id bigint null
                  m_label character varying(255) null
                  m_dept bigint not null
                  primary key item_pkey [id]
                  foreign key item_m_dept_fkey (m_dept) references dept(id)
                  foreign key item_shop_id_fkey (shop_id) references shop(id)
                """, Sources.describe(compilation, "default").replaceAll("(?s)^.*?(?=table item)", "")
                .replaceAll("(?s)table shop.*", ""));
    }

    @Test
    void enumAndEmbeddableKeysOfMapsOnTheTargetsTableAreNullableColumnsWithTheirChecks() {
        JavaFileObject slot = Sources.entity("Slot", """
                @Embeddable
                public class Slot {
                  @Enumerated(EnumType.STRING) @Column(length = 8) private Kind kind;
                  private int position;
                }
                """);
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @OneToMany(mappedBy = "shop") @MapKeyEnumerated(EnumType.STRING) @MapKeyColumn(length = 4)
                  private Map<Kind, Item> byKind;
                  @OneToMany @JoinColumn(name = "ordinal_shop_id") @MapKeyColumn(name = "ordinal_kind")
                  private Map<Kind, Item> byOrdinal;
                  @OneToMany @JoinColumn(name = "slot_shop_id") @MapKeyClass(Slot.class) private Map<Slot, Item> bySlot;
                }
                """);

        Compilation compilation = Sources.compileStrict(shop, ITEM, KIND, slot);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table item
                  id bigint not null
                  code character varying(255) null
                  shop_id bigint null
                  bykind_key character varying(4) null
                  ordinal_shop_id bigint null
                  ordinal_kind smallint null
                  slot_shop_id bigint null
                  kind character varying(8) null
                  position integer null
                  primary key item_pkey [id]
                  foreign key item_ordinal_shop_id_fkey (ordinal_shop_id) references shop(id)
                  foreign key item_shop_id_fkey (shop_id) references shop(id)
                  foreign key item_slot_shop_id_fkey (slot_shop_id) references shop(id)
                  check item_bykind_key_check bykind_key in ('A','B')
                  check item_kind_check kind in ('A','B')
                  check item_ordinal_kind_check ordinal_kind between 0 and 1
                """, Sources.describe(compilation, "default").replaceAll("(?s)^.*?(?=table item)", "")
                .replaceAll("(?s)table shop.*", ""));
    }

    @Test
    void aMapKeyedByAnEntityOfAnotherDatabaseIsReported() {
        JavaFileObject region = Sources.source("com.other.Region", """
                package com.other;

                import jakarta.persistence.*;

                @Entity
                public class Region {
                  @Id private Long id;
                }
                """);
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @ElementCollection private Map<com.other.Region, String> notes;
                }
                """);

        Compilation compilation = Sources.compileStrict(shop, region,
                Sources.database("com.other", "other"));

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] The keys of Shop.notes are @Entity Region of database"
                + " other, but Shop belongs to database default: a foreign key cannot cross databases")
                .inFile(shop).onLineContaining("@ElementCollection");
    }

    /** An auto-applied converter stores map keys of its type too (checked by parity_modern's listing_stock). */
    @Test
    void anAutoAppliedConverterStoresTheKeysOfItsType() {
        JavaFileObject code = Sources.entity("Code", """
                public record Code(String value) {}
                """);
        JavaFileObject converter = Sources.entity("CodeConverter", """
                @Converter(autoApply = true)
                public class CodeConverter implements AttributeConverter<Code, String> {
                  public String convertToDatabaseColumn(Code c) { return c == null ? null : c.value(); }
                  public Code convertToEntityAttribute(String s) { return s == null ? null : new Code(s); }
                }
                """);
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @ElementCollection @MapKeyColumn(length = 20) private Map<Code, Integer> stock;
                }
                """);

        Compilation compilation = Sources.compileStrict(shop, code, converter);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table shop_stock
                  shop_id bigint not null
                  stock_key character varying(20) not null
                  stock integer null
                  primary key shop_stock_pkey [shop_id, stock_key]
                  foreign key shop_stock_shop_id_fkey (shop_id) references shop(id)
                """, Sources.describe(compilation, "default").replaceAll("(?s)^.*?(?=table shop_stock)", ""));
    }

    @Test
    void aMapKeyJoinColumnNamingTheKeyEntitysOwnKeyColumnIsTheDefaultReference() {
        // Broadleaf Commerce's SKU: @MapKeyJoinColumn(name = "FULFILLMENT_OPTION_ID", referencedColumnName =
        // "FULFILLMENT_OPTION_ID"), the key entity's id column; Hibernate 6.6 exports the same as without it.
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @ElementCollection @CollectionTable(name = "k6")
                  @MapKeyJoinColumn(name = "dept_ref", referencedColumnName = "ID")
                  private Map<Dept, String> rates;
                }
                """);

        Compilation compilation = Sources.compile(shop, DEPT);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table k6
                  shop_id bigint not null
                  dept_ref bigint not null
                  rates character varying(255) null
                  primary key k6_pkey [shop_id, dept_ref]
                  foreign key k6_dept_ref_fkey (dept_ref) references dept(id)
                  foreign key k6_shop_id_fkey (shop_id) references shop(id)
                """, Sources.describe(compilation, "default").replaceAll("(?s)^.*?(?=table k6)", "")
                .replaceAll("(?s)table shop.*", ""));
    }

    @Test
    void aMapKeyJoinColumnReferencingAnotherColumnIsStillReported() {
        JavaFileObject shop = Sources.entity("Shop", """
                @Entity
                public class Shop {
                  @Id private Long id;
                  @ElementCollection @CollectionTable(name = "k7")
                  @MapKeyJoinColumn(name = "item_ref", referencedColumnName = "code")
                  private Map<Item, String> rates;
                }
                """);

        Compilation compilation = Sources.compile(shop, ITEM);

        assertThat(compilation).hadWarningContaining("[MIGRATE-110] @MapKeyJoinColumn(referencedColumnName = \"code\")"
                + " on Shop.rates is not supported yet");
    }
}
