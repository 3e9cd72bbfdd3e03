package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.util.Map;
import java.util.Set;

/** A listing of stock: its SKU, its variants' SKUs and a price per SKU, all through the auto-applied converter. */
@Entity
public class Listing {

    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 32)
    private Sku sku;

    @ElementCollection
    private Set<Sku> variants;

    @ElementCollection
    private Map<Sku, Integer> stock;
}
