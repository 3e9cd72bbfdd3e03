package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "CatalogArticle")
@Table(name = "catalog_article")
public class Article {
    @Id @Column(length = 20) private String sku;
    private String title;
}
