package dev.optionsdeep.migrate.it.parity.commerce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A sellable item: a natural-id SKU, descriptions and keywords per language, JSON attributes. */
@Entity
public class Item {

    @Id
    @GeneratedValue
    private Long id;

    @NaturalId
    @Column(length = 32)
    private String sku;

    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal price;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> attributes = new HashMap<>();

    @OneToMany(mappedBy = "item")
    @MapKey(name = "id.languageTag")
    private Map<String, ItemDescription> descriptions = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "item_keyword", joinColumns = @JoinColumn(name = "item_id"))
    @MapKeyColumn(name = "language_tag", length = 8)
    @Column(name = "keywords", length = 200)
    private Map<String, String> keywordsByLanguage = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "item_image", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "url", length = 500, nullable = false)
    private Set<String> images = new HashSet<>();
}
