package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class ArticleDescription {
    @Column(length = 200) private String name;
    @Column(length = 4000) private String text;
}
