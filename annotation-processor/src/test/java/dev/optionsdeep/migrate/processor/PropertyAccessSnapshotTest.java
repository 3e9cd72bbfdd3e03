package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden snapshots for property access: which getters are attributes and what they are called.
 * Each expectation was checked against the DDL Hibernate ORM 7.4 exports for the same entities.
 */
class PropertyAccessSnapshotTest {

    @Test
    void anIdOnAGetterMakesTheGettersTheAttributesNamedAsJavaBeans() {
        JavaFileObject src = Sources.entity("Person", """
                @Entity
                public class Person {
                  private Long id;
                  private String fullName;
                  private Boolean active;
                  private boolean admin;
                  private String url;
                  private String xCoord;
                  @Access(AccessType.FIELD) @Column(length = 10) private String code;
                  private int notAnAttribute;
                  @Id public Long getId() { return id; }
                  public void setId(Long v) { id = v; }
                  @Column(length = 100) public String getFullName() { return fullName; }
                  public void setFullName(String v) { fullName = v; }
                  public Boolean isActive() { return active; }
                  public void setActive(Boolean v) { active = v; }
                  public boolean isAdmin() { return admin; }
                  public void setAdmin(boolean v) { admin = v; }
                  public String getURL() { return url; }
                  public void setURL(String v) { url = v; }
                  public String getxCoord() { return xCoord; }
                  public void setxCoord(String v) { xCoord = v; }
                  private String getSecret() { return null; }
                  private void setSecret(String s) { }
                  @Transient public String getDisplay() { return fullName; }
                  public static String getStaticThing() { return ""; }
                  public String isNotAGetter() { return ""; }
                  public String getWithArgument(int x) { return ""; }
                }
                """);

        Compilation compilation = Sources.compile(src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table person
                  code character varying(10) null
                  id bigint not null
                  fullname character varying(100) null
                  active boolean null
                  admin boolean not null
                  url character varying(255) null
                  xcoord character varying(255) null
                  secret character varying(255) null
                  primary key person_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void accessOnAMemberOverridesTheAccessTypeOfItsClass() {
        JavaFileObject src = Sources.entity("Person", """
                @Entity
                public class Person {
                  @Id private Long id;
                  @Column(length = 5) private String name;
                  @Access(AccessType.PROPERTY) @Column(length = 7)
                  public String getName() { return name; }
                  public void setName(String v) { name = v; }
                  @Access(AccessType.PROPERTY)
                  public String getNickname() { return name; }
                  public void setNickname(String v) { }
                  public String getIgnored() { return name; }
                }
                """);

        Compilation compilation = Sources.compile(src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table person
                  id bigint not null
                  name character varying(7) null
                  nickname character varying(255) null
                  primary key person_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void theAccessTypeComesFromTheIdInAMappedSuperclassAndReachesEmbeddables() {
        JavaFileObject base = Sources.entity("Base", """
                @MappedSuperclass
                public abstract class Base {
                  private Long id;
                  @Id public Long getId() { return id; }
                  public void setId(Long v) { id = v; }
                }
                """);
        JavaFileObject label = Sources.entity("Label", """
                @Embeddable
                public class Label {
                  private String text;
                  public String getCaption() { return text; }
                  public void setCaption(String v) { text = v; }
                }
                """);
        JavaFileObject src = Sources.entity("Person", """
                @Entity
                public class Person extends Base {
                  private Label label;
                  public Label getLabel() { return label; }
                  public void setLabel(Label v) { label = v; }
                }
                """);

        Compilation compilation = Sources.compile(base, label, src);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table person
                  id bigint not null
                  caption character varying(255) null
                  primary key person_pkey [id]
                """, Sources.describe(compilation, "default"));
    }

    @Test
    void anEmbeddableTakesTheAccessTypeOfItsAttributeOrOfTheEntityNotOfTheClassEmbeddingIt() {
        JavaFileObject inner = Sources.entity("Inner", """
                @Embeddable
                public class Inner {
                  private String innerField;
                  public String getInnerProperty() { return innerField; }
                  public void setInnerProperty(String v) { innerField = v; }
                }
                """);
        JavaFileObject outer = Sources.entity("Outer", """
                @Embeddable
                @Access(AccessType.PROPERTY)
                public class Outer {
                  private String outerField;
                  private Inner inner;
                  public String getOuterProperty() { return outerField; }
                  public void setOuterProperty(String v) { outerField = v; }
                  public Inner getNested() { return inner; }
                  public void setNested(Inner v) { inner = v; }
                }
                """);
        JavaFileObject byFields = Sources.entity("ByFields", """
                @Entity
                public class ByFields {
                  @Id private Long id;
                  private Outer outer;
                }
                """);
        JavaFileObject byGetters = Sources.entity("ByGetters", """
                @Entity
                public class ByGetters {
                  private Long id;
                  @Access(AccessType.FIELD) private Inner inner;
                  @Id public Long getId() { return id; }
                  public void setId(Long v) { id = v; }
                }
                """);

        Compilation compilation = Sources.compile(inner, outer, byFields, byGetters);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table byfields
                  id bigint not null
                  outerproperty character varying(255) null
                  innerfield character varying(255) null
                  primary key byfields_pkey [id]
                table bygetters
                  innerfield character varying(255) null
                  id bigint not null
                  primary key bygetters_pkey [id]
                """, Sources.describe(compilation, "default"));
    }
}
