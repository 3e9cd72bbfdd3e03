package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A product a catalog lists. */
@Entity
public class CatalogProduct {
    @Id
    private Long id;

    private String name;
}
