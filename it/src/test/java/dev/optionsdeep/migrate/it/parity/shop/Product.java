package dev.optionsdeep.migrate.it.parity.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;

@Entity(name = "Product")
@Table(name = "products",
        uniqueConstraints = @UniqueConstraint(name = "products_brand_model_key", columnNames = {"brand", "model"}),
        indexes = {@Index(name = "products_price_idx", columnList = "price DESC"), @Index(columnList = "category")})
public class Product {
    @Id @Column(length = 32) private String sku;
    @Column(nullable = false, length = 200) private String name;
    @Column(length = 80) private String brand;
    @Column(length = 80) private String model;
    @Column(length = 60) private String category;
    @Column(nullable = false, precision = 10, scale = 2) private BigDecimal price;
    private int stock;
    private Short weightGrams;
    @Column(nullable = false) private LocalDateTime listedAt;
    @ManyToMany
    @JoinTable(name = "product_categories", joinColumns = @JoinColumn(name = "product"),
            inverseJoinColumns = @JoinColumn(name = "category"),
            inverseForeignKey = @ForeignKey(name = "product_categories_category_fk"))
    private Set<Category> categories;
}
