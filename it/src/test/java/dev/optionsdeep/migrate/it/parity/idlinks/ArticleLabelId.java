package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.OneToOne;

import java.io.Serializable;

/** A one-to-one inside the key, beside a language code. */
@Embeddable
public class ArticleLabelId implements Serializable {
    @OneToOne private Article article;
    @Column(length = 5) private String locale;
}
