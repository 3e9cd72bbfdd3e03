package dev.optionsdeep.migrate.it.parity.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.util.Set;

@Entity
public class Category {
    @Id @Column(length = 40) private String slug;
    @Column(nullable = false, length = 80) private String title;
    @ManyToOne private Category parent;
    @ManyToMany(mappedBy = "categories") private Set<Product> products;
}
