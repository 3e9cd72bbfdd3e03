package dev.optionsdeep.migrate.it.parity.tojoin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The product a SKU belongs to through a cross-reference table. */
@Entity
@Table(name = "TJ_PRODUCT")
public class TjProduct {

    @Id
    @Column(name = "PRODUCT_ID")
    Long id;

    @Column(name = "NAME")
    String name;
}
