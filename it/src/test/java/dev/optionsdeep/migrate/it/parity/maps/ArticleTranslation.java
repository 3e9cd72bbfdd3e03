package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** A translation keyed by its article and its language. */
@Entity
@IdClass(ArticleTranslationId.class)
public class ArticleTranslation {
    @Id @ManyToOne private Article article;
    @Id @Column(length = 5) private String language;
    private String title;
    @Column(length = 2000) private String body;
}
