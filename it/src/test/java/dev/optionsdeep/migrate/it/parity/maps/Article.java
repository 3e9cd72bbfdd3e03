package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyClass;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.OneToMany;
import jakarta.persistence.TemporalType;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;

@Entity
public class Article {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, length = 40) private String sku;

    /** Descriptions per language, as values (Locale keys would be Map<Locale, …>: kept as String here). */
    @ElementCollection
    @CollectionTable(name = "article_description", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "language", length = 5)
    @AttributeOverride(name = "value.name", column = @Column(name = "title", length = 200))
    private Map<String, ArticleDescription> descriptions;

    /** Translations per language, as entities keyed by (article, language). */
    @OneToMany(mappedBy = "article")
    @MapKey(name = "language")
    private Map<String, ArticleTranslation> translations;

    /** The same, keyed by @MapKeyColumn naming the translation's own column: the column stays the translation's. */
    @OneToMany(mappedBy = "article")
    @MapKeyColumn(name = "language")
    private Map<String, ArticleTranslation> translationsByColumn;

    /** A mappedBy map keyed by a column the translation does not map: Hibernate adds it to its table. */
    @OneToMany(mappedBy = "article")
    @MapKeyColumn(name = "variant_key", length = 10)
    private Map<String, ArticleTranslation> translationsByVariant;

    @ElementCollection
    @CollectionTable(name = "article_price")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "channel", length = 20)
    @Column(name = "price", precision = 10, scale = 2)
    private Map<SalesChannel, BigDecimal> pricesByChannel;

    @ElementCollection
    @MapKeyTemporal(TemporalType.DATE)
    private Map<Date, Integer> stockByDay;

    @ElementCollection
    private Map<Depot, Integer> stockByDepot;

    @ElementCollection
    @AttributeOverride(name = "key.aisle", column = @Column(name = "aisle_code", length = 10))
    private Map<ShelfPosition, String> shelfLabels;

    @ManyToMany
    @JoinTable(name = "article_vendor_by_region")
    @MapKeyJoinColumn(name = "region_code", foreignKey = @ForeignKey(name = "article_vendor_region_fk"))
    private Map<Region, Vendor> vendorByRegion;

    @ManyToMany
    @JoinTable(name = "article_vendor_by_channel")
    private Map<SalesChannel, Vendor> vendorByChannel;

    @OneToMany
    @JoinTable(name = "article_image_slot")
    @MapKeyColumn(name = "slot")
    private Map<Integer, ArticleImage> imagesBySlot;

    @OneToMany
    @JoinTable(name = "article_image_by_id")
    @MapKey
    private Map<Long, ArticleImage> imagesById;

    /** Maps on a @OneToMany @JoinColumn: their key columns go into the image's table too. */
    @OneToMany
    @JoinColumn(name = "gallery_article_id")
    @MapKeyColumn(name = "gallery_position")
    private Map<Integer, ArticleImage> gallery;

    @OneToMany
    @JoinColumn(name = "regional_article_id")
    @MapKeyJoinColumn(name = "image_region")
    private Map<Region, ArticleImage> imageByRegion;

    @OneToMany
    @JoinColumn(name = "tagged_article_id")
    @MapKey(name = "tag")
    private Map<String, ArticleImage> imageByTagName;

    @ManyToMany(targetEntity = ArticleImage.class)
    @JoinTable(name = "article_image_by_tag")
    @MapKeyClass(String.class)
    @SuppressWarnings("rawtypes")
    private Map imagesByTag;
}
