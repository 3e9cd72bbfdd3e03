package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class ArticleImage {
    @Id @GeneratedValue private Long id;
    private String url;
    private String tag;
}
