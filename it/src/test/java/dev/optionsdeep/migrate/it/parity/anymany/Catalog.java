package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A catalog whose relationships name their join tables with @CollectionTable, as Hibernate's test domains do. */
@Entity
public class Catalog {
    @Id
    private Long id;

    @OneToMany
    @CollectionTable(name = "catalog_featured")
    private Set<CatalogProduct> featured = new HashSet<>();

    @ManyToMany
    @CollectionTable(name = "catalog_related", joinColumns = @JoinColumn(name = "catalog_id"))
    private Set<CatalogProduct> related = new HashSet<>();

    @OneToMany
    @CollectionTable(name = "catalog_ranked")
    @OrderColumn
    private List<CatalogProduct> ranked = new ArrayList<>();

    /** No name: the join table's default. */
    @OneToMany
    @CollectionTable
    private List<CatalogLabel> labels = new ArrayList<>();

    /** The table wins over the join column. */
    @OneToMany
    @JoinColumn(name = "bundle_catalog_id")
    @CollectionTable(name = "catalog_bundled")
    private Set<CatalogProduct> bundled = new HashSet<>();

    @ManyToMany
    @CollectionTable(name = "catalog_highlights",
            uniqueConstraints = @UniqueConstraint(name = "uc_catalog_highlights_label", columnNames = "highlights_id"),
            indexes = @Index(name = "ix_catalog_highlights_owner", columnList = "Catalog_id"),
            foreignKey = @ForeignKey(name = "fk_catalog_highlights_catalog"))
    private Set<CatalogLabel> highlights = new HashSet<>();

    /** A set of values whose table declares a unique constraint: Hibernate 7.4 then gives it no key. */
    @ElementCollection
    @CollectionTable(name = "catalog_keywords", uniqueConstraints = @UniqueConstraint(columnNames = "keyword"))
    @Column(name = "keyword", nullable = false)
    private Set<String> keywords = new HashSet<>();
}
