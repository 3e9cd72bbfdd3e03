package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;

/** One test per diagnostic about embedded attributes: the code, and the line the caret lands on. */
class EmbeddableDiagnosticsTest {

    private static final JavaFileObject ADDRESS = Sources.entity("Address", """
            @Embeddable
            public class Address {
              private String street;
              private String city;
            }
            """);

    @Test
    void twoEmbeddedAttributesOnTheSameColumnsSayHowToOverrideOne() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private Address home;
                  @AttributeOverride(name = "street", column = @Column(name = "work_street"))
                  private Address work;
                }
                """);

        assertThat(Sources.compileStrict(ADDRESS, src)).hadErrorContaining("[MIGRATE-109] Company.work.city maps to column"
                + " city, like Company.home.city before it").inFile(src).onLineContaining("Address work");
        assertThat(Sources.compileStrict(ADDRESS, src)).hadErrorContaining("Rename one of them with @AttributeOverride(name ="
                + " \"city\", column = @Column(name = \"...\")) on the embedded Company.work");
    }

    @Test
    void anOverrideOnAnEmbeddedAttributeThatMatchesNothingIsRejected() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @AttributeOverride(name = "town", column = @Column(name = "home_town"))
                  private Address home;
                }
                """);

        assertThat(Sources.compileStrict(ADDRESS, src)).hadErrorContaining("[MIGRATE-120] @AttributeOverride(name = \"town\")"
                + " on Company.home matches no basic attribute of Company (it would be home.town; the attributes are id,"
                + " home.street, home.city)").inFile(src).onLineContaining("town");
    }

    @Test
    void aColumnOnAnEmbeddedAttributeIsIgnoredWithAWarningAsHibernateIgnoresIt() {
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  @Column(name = "address")
                  private Address home;
                }
                """);

        Compilation compilation = Sources.compileStrict(ADDRESS, src);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[MIGRATE-201] @Column on the embedded Company.home has no effect")
                .inFile(src).onLineContaining("@Column");
    }

    @Test
    void embeddableInheritanceIsNotSupportedYet() {
        JavaFileObject postal = Sources.entity("PostalAddress", """
                @Embeddable
                public class PostalAddress extends Address {
                  private String zip;
                }
                """);
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private PostalAddress home;
                }
                """);

        assertThat(Sources.compileStrict(ADDRESS, postal, src)).hadErrorContaining("[MIGRATE-104] Company.home has the type"
                + " PostalAddress, an @Embeddable extending the @Embeddable Address: embeddable inheritance is not"
                + " supported yet").inFile(src).onLineContaining("PostalAddress home");
    }

    @Test
    void anEmbeddableThatContainsItselfIsRejected() {
        JavaFileObject node = Sources.entity("Node", """
                @Embeddable
                public class Node {
                  private String label;
                  private Node next;
                }
                """);
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private Node root;
                }
                """);

        assertThat(Sources.compileStrict(node, src)).hadErrorContaining("[MIGRATE-104] Company.root.next embeds Node inside"
                + " itself").inFile(node).onLineContaining("Node next");
    }

    @Test
    void anIdInsideAnEmbeddableIsRejected() {
        JavaFileObject code = Sources.entity("Code", """
                @Embeddable
                public class Code {
                  @Id private String value;
                }
                """);
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private Code code;
                }
                """);

        assertThat(Sources.compileStrict(code, src)).hadErrorContaining("[MIGRATE-104] @Id on Code.value (Company.code.value)"
                + " has no meaning inside an @Embeddable").inFile(code).onLineContaining("@Id");
    }

    /** Hibernate generates a part of an @EmbeddedId (CorpusParityIT's genpart model), not of another embeddable. */
    @Test
    void aGeneratedValueInsideAnEmbeddableThatIsNotTheIdIsRejected() {
        JavaFileObject code = Sources.entity("Code", """
                @Embeddable
                public class Code {
                  @GeneratedValue private Long value;
                }
                """);
        JavaFileObject src = Sources.entity("Company", """
                @Entity
                public class Company {
                  @Id private Long id;
                  private Code code;
                }
                """);

        assertThat(Sources.compileStrict(code, src)).hadErrorContaining("[MIGRATE-104] @GeneratedValue on Code.value"
                + " (Company.code.value) has no meaning inside an @Embeddable that is not the entity's @EmbeddedId:"
                + " Hibernate generates values for ids only, and for a part of an @EmbeddedId").inFile(code)
                .onLineContaining("@GeneratedValue");
    }

    @Test
    void aCollectionInsideACompositeIdIsReported() {
        JavaFileObject key = Sources.entity("ListingKey", """
                @Embeddable
                public class ListingKey implements java.io.Serializable {
                  @Column(length = 12) private String symbol;
                  @OneToMany
                  private java.util.Set<Venue> venues;
                }
                """);
        JavaFileObject venue = Sources.entity("Venue", "@Entity public class Venue { @Id private Long id; }");
        JavaFileObject src = Sources.entity("Listing", """
                @Entity
                public class Listing {
                  @EmbeddedId private ListingKey id;
                }
                """);

        assertThat(Sources.compileStrict(key, venue, src)).hadErrorContaining("[MIGRATE-106] @OneToMany on Listing.id.venues"
                + " puts a collection into the composite id of Listing, which Migrate does not map")
                .inFile(key).onLineContaining("@OneToMany");
    }

    @Test
    void anEmbeddableMappedTwoWaysByDifferentAccessTypesIsRejectedAsHibernateRefusesIt() {
        JavaFileObject amount = Sources.entity("Amount", """
                @MappedSuperclass
                public abstract class Amount {
                  private String currency;
                }
                """);
        JavaFileObject money = Sources.entity("Money", """
                @Embeddable
                @Access(AccessType.FIELD)
                public class Money extends Amount {
                  private BigDecimal amount;
                }
                """);
        JavaFileObject byGetters = Sources.entity("Supplier", """
                @Entity
                public class Supplier {
                  private Long id;
                  private Money credit;
                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }
                  public Money getCredit() { return credit; }
                  public void setCredit(Money credit) { this.credit = credit; }
                }
                """);
        JavaFileObject byFields = Sources.entity("Warehouse", """
                @Entity
                public class Warehouse {
                  @Id private Long id;
                  private Money rent;
                }
                """);

        assertThat(Sources.compileStrict(amount, money, byGetters, byFields)).hadErrorContaining("[MIGRATE-121] Money has the"
                + " attributes [currency, amount] in Warehouse.rent but [amount] in Supplier.credit, as the access"
                + " types differ").inFile(byFields).onLineContaining("Money rent");
    }
}
