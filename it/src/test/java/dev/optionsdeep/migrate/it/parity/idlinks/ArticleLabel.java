package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class ArticleLabel {
    @EmbeddedId private ArticleLabelId id;
    private String text;
}
