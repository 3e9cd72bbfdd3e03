package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import java.util.List;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A {@code @ManyToOne} or owning {@code @OneToOne} with {@code @JoinTable}: a join table keyed by the owner, never a
 * column of the owner's table (the parity model {@code tojoin} checks it against 6.6, 7.2 and 7.4); what Migrate does
 * not model of it is reported, so the snapshot is incomplete rather than wrong.
 */
class ToOneJoinTableTest {

    private static final JavaFileObject PRODUCT = Sources.entity("Product", """
            @Entity
            public class Product {
              @Id private Long id;
            }
            """);

    private static final JavaFileObject SKU = Sources.entity("Sku", """
            @Entity
            public class Sku {
              @Id @Column(name = "sku_id") private Long id;
              @ManyToOne
              @JoinTable(name = "product_sku_xref",
                  joinColumns = @JoinColumn(name = "sku_id", referencedColumnName = "sku_id"),
                  inverseJoinColumns = @JoinColumn(name = "product_id", referencedColumnName = "id"))
              private Product product;
              @OneToOne(optional = false)
              @JoinTable(name = "sku_default_product", foreignKey = @ForeignKey(name = "ignored_by_hibernate"))
              private Product defaultProduct;
            }
            """);

    @Test
    void theJoinTableIsKeyedByTheOwnerAndHoldsTheTargetsColumns() {
        Compilation compilation = Sources.compile(PRODUCT, SKU);

        assertThat(compilation).succeededWithoutWarnings();
        // 7.4 makes the target's columns not null even for an optional relationship; the owner's table keeps nothing.
        assertEquals("""
                table product
                  id bigint not null
                  primary key product_pkey [id]
                table product_sku_xref
                  sku_id bigint not null
                  product_id bigint not null
                  primary key product_sku_xref_pkey [sku_id]
                  foreign key product_sku_xref_product_id_fkey (product_id) references product(id)
                  foreign key product_sku_xref_sku_id_fkey (sku_id) references sku(sku_id)
                table sku
                  sku_id bigint not null
                  primary key sku_pkey [sku_id]
                table sku_default_product
                  sku_id bigint not null
                  defaultproduct_id bigint not null
                  primary key sku_default_product_pkey [sku_id]
                  unique sku_default_product_defaultproduct_id_key [defaultproduct_id]
                  foreign key sku_default_product_defaultproduct_id_fkey (defaultproduct_id) references product(id)
                  foreign key sku_default_product_sku_id_fkey (sku_id) references sku(sku_id)
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void beforeSevenFourTheTargetsColumnsOfAnOptionalRelationshipAreNullable() {
        Compilation compilation = Sources.compileWith(List.of("-Amigrate.check=false", "-Amigrate.hibernate=6.6"),
                PRODUCT, SKU);

        assertThat(compilation).succeededWithoutWarnings();
        String schema = Sources.describe(compilation, "default");
        assertContains(schema, "table product_sku_xref\n  sku_id bigint not null\n  product_id bigint null\n");
        assertContains(schema, "table sku_default_product\n  sku_id bigint not null\n  defaultproduct_id bigint not null\n");
    }

    /**
     * Without a name, Hibernate names the join table in a second pass as its implicit naming strategy names a
     * collection's: after the owner's and the target's tables, or the attribute under Spring Boot's naming.
     */
    @Test
    void aJoinTableWithoutANameIsNamedByTheImplicitNaming() {
        JavaFileObject src = Sources.entity("Bin", """
                @Entity
                public class Bin {
                  @Id private Long id;
                  @ManyToOne
                  @JoinTable
                  private Product storedProduct;
                }
                """);

        assertContains(Sources.describe(Sources.compile(PRODUCT, src), "default"), """
                table bin_product
                  id bigint not null
                  storedproduct_id bigint not null
                  primary key bin_product_pkey [id]
                  foreign key bin_product_id_fkey (id) references bin(id)
                  foreign key bin_product_storedproduct_id_fkey (storedproduct_id) references product(id)
                """);
        Compilation spring = Sources.compileWith(List.of("-Amigrate.check=false", "-Amigrate.naming=spring"),
                PRODUCT, src);
        assertThat(spring).succeededWithoutWarnings();
        assertContains(Sources.describe(spring, "default"), "table bin_stored_product\n  id bigint not null\n"
                + "  stored_product_id bigint not null\n");
    }

    @Test
    void aJoinTableThatDropsItsForeignKeyIsReported() {
        JavaFileObject src = Sources.entity("Bin", """
                @Entity
                public class Bin {
                  @Id private Long id;
                  @OneToOne
                  @JoinTable(name = "bin_product", inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                  private Product product;
                }
                """);

        Compilation compilation = Sources.compileStrict(PRODUCT, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-104] @JoinTable on Bin.product, a @OneToOne, has a"
                + " @ForeignKey other than a name").inFile(src).onLineContaining("@JoinTable");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoRelationshipsInOneJoinTableAreReported() {
        JavaFileObject src = Sources.entity("Bin", """
                @Entity
                public class Bin {
                  @Id private Long id;
                  @ManyToOne @JoinTable(name = "bin_links") private Product first;
                  @ManyToOne @JoinTable(name = "bin_links") private Product second;
                }
                """);

        Compilation compilation = Sources.compileStrict(PRODUCT, src);

        // Hibernate 6.6, 7.2 and 7.4 refuse to start on it: each to-one's join table is a secondary table of Bin.
        assertThat(compilation).hadErrorContaining("[MIGRATE-108] The join tables of Bin.first and Bin.second, both"
                + " to-one relationships, are both named bin_links").inFile(src).onLineContaining("Product second");
        assertThat(compilation).hadErrorContaining("DuplicateSecondaryTableException");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoUnnamedJoinTablesOfOneTargetAreReported() {
        JavaFileObject src = Sources.entity("Bin", """
                @Entity
                public class Bin {
                  @Id private Long id;
                  @ManyToOne @JoinTable(inverseJoinColumns = @JoinColumn(name = "first_id")) private Product first;
                  @OneToOne @JoinTable(inverseJoinColumns = @JoinColumn(name = "second_id")) private Product second;
                }
                """);

        Compilation compilation = Sources.compileStrict(PRODUCT, src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-108] The join tables of Bin.first and Bin.second, both"
                + " to-one relationships, are both named bin_product").inFile(src).onLineContaining("Product second");
        assertThat(compilation).hadErrorCount(1);
    }

    private static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("expected to contain:\n" + part + "\nin:\n" + text);
        }
    }
}
