package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A label, keyed by an int. */
@Entity
public class CatalogLabel {
    @Id
    private Integer id;

    private String text;
}
