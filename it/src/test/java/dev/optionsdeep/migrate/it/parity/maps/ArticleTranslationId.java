package dev.optionsdeep.migrate.it.parity.maps;

import java.io.Serializable;

public class ArticleTranslationId implements Serializable {
    Long article;
    String language;
}
