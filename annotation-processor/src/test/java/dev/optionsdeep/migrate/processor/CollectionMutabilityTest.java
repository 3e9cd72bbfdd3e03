package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;

import static com.google.testing.compile.CompilationSubject.assertThat;

/**
 * {@code insertable} and {@code updatable} on a collection's columns: Hibernate 6.6, 7.2 and 7.4 refuse to start when
 * they differ on the key or element columns of a join or collection table, and accept them (exporting the same
 * schema) on a {@code @OneToMany @JoinColumn}, a {@code @MapKeyJoinColumn}, a {@code @MapKeyColumn} and an
 * {@code @OrderColumn} (the parity model {@code gapwrite} checks those against each line's export).
 */
class CollectionMutabilityTest {

    private static final JavaFileObject ITEM = Sources.entity("Item", """
            @Entity
            public class Item {
              @Id private Long id;
            }
            """);

    @Test
    void aCollectionTableKeyThatInsertsButNeverUpdatesIsAnError() {
        JavaFileObject src = Sources.entity("Box", """
                @Entity
                public class Box {
                  @Id private Long id;
                  @ElementCollection
                  @CollectionTable(name = "box_tags", joinColumns = @JoinColumn(name = "box_id", updatable = false))
                  private java.util.Set<String> tags;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] The join column box_id of Box.tags has insertable ="
                + " true but updatable = false: Hibernate refuses to start on a collection's join columns that differ so"
                + " (\"must be defined with the same insertable and updatable attributes\").")
                .inFile(src).onLineContaining("@CollectionTable");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anElementColumnThatUpdatesButNeverInsertsIsAnError() {
        JavaFileObject src = Sources.entity("Box", """
                @Entity
                public class Box {
                  @Id private Long id;
                  @ElementCollection
                  @Column(name = "tag", insertable = false)
                  private java.util.Set<String> tags;
                }
                """);

        Compilation compilation = Sources.compileStrict(src);

        assertThat(compilation).hadErrorContaining("[MIGRATE-123] The element column tag of Box.tags has insertable ="
                + " false but updatable = true: Hibernate refuses to start on a collection's element columns that differ"
                + " so").inFile(src).onLineContaining("@Column");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void oneToManyJoinColumnsMapKeysAndPositionsMayDiffer() {
        JavaFileObject src = Sources.entity("Box", """
                @Entity
                public class Box {
                  @Id private Long id;
                  @OneToMany @JoinColumn(name = "box_id", updatable = false)
                  @OrderColumn(name = "box_pos", insertable = false)
                  private java.util.List<Item> items;
                  @ElementCollection @CollectionTable(name = "box_prices")
                  @MapKeyJoinColumn(name = "item_id", updatable = false)
                  private java.util.Map<Item, String> prices;
                  @ElementCollection @CollectionTable(name = "box_sizes")
                  @MapKeyColumn(name = "size_key", insertable = false)
                  private java.util.Map<String, Integer> sizes;
                  @ElementCollection @CollectionTable(name = "box_dimensions")
                  private java.util.List<Dimension> dimensions;
                }
                """);
        // An embeddable element's columns may differ too: Hibernate checks only a basic element's.
        JavaFileObject dimension = Sources.source("com.example.Dimension", """
                package com.example;
                import jakarta.persistence.*;
                @Embeddable
                public class Dimension {
                  @Column(name = "width", updatable = false) private Integer width;
                  @Column(name = "height", insertable = false, updatable = false) private Integer height;
                  private Integer depth;
                }
                """);

        Compilation compilation = Sources.compileStrict(ITEM, dimension, src);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
