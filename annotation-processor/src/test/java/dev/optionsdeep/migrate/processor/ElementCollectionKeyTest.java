package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Hibernate 7.4 keys the collection table of an {@code @ElementCollection} Set (checked by parity_commerce). */
class ElementCollectionKeyTest {

    @Test
    void aSetOfElementsThatCannotBeNullIsKeyedByOwnerAndElementAndOfNullableOnesMadeUnique() {
        Compilation compilation = Sources.compile(Sources.entity("Item", """
                @Entity
                public class Item {
                  @Id private Long id;
                  @ElementCollection @Column(name = "url", nullable = false, length = 500) private Set<String> images;
                  @ElementCollection private Set<String> tags;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table item
                  id bigint not null
                  primary key item_pkey [id]
                table item_images
                  item_id bigint not null
                  url character varying(500) not null
                  primary key item_images_pkey [item_id, url]
                  foreign key item_images_item_id_fkey (item_id) references item(id)
                table item_tags
                  item_id bigint not null
                  tags character varying(255) null
                  unique item_tags_item_id_tags_key [item_id, tags]
                  foreign key item_tags_item_id_fkey (item_id) references item(id)
                """, Sources.describe(compilation, "default"));
    }

    /** Spring applications' roles: a set of enums stored by name (checked by parity_modern's account_roles). */
    @Test
    void aSetOfEnumsTakesEnumeratedFromTheCollection() {
        Compilation compilation = Sources.compile(Sources.entity("Kind", """
                public enum Kind { A, B }
                """), Sources.entity("Item", """
                @Entity
                public class Item {
                  @Id private Long id;
                  @ElementCollection @Enumerated(EnumType.STRING) @Column(length = 8) private Set<Kind> kinds;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table item
                  id bigint not null
                  primary key item_pkey [id]
                table item_kinds
                  item_id bigint not null
                  kinds character varying(8) null
                  unique item_kinds_item_id_kinds_key [item_id, kinds]
                  foreign key item_kinds_item_id_fkey (item_id) references item(id)
                  check item_kinds_kinds_check kinds in ('A','B')
                """, Sources.describe(compilation, "default"));
    }

    /** A converter on the collection converts its elements (checked by parity_modern's subscription_aliases). */
    @Test
    void aConverterOnTheCollectionConvertsItsElements() {
        Compilation compilation = Sources.compile(Sources.entity("Length", """
                @Converter
                public class Length implements AttributeConverter<String, Integer> {
                  public Integer convertToDatabaseColumn(String s) { return s == null ? null : s.length(); }
                  public String convertToEntityAttribute(Integer n) { return n == null ? null : "x".repeat(n); }
                }
                """), Sources.entity("Item", """
                @Entity
                public class Item {
                  @Id private Long id;
                  @ElementCollection @Convert(converter = Length.class) private Set<String> sizes;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("""
                table item
                  id bigint not null
                  primary key item_pkey [id]
                table item_sizes
                  item_id bigint not null
                  sizes integer null
                  unique item_sizes_item_id_sizes_key [item_id, sizes]
                  foreign key item_sizes_item_id_fkey (item_id) references item(id)
                """, Sources.describe(compilation, "default"));
    }
}
