package dev.optionsdeep.migrate.it.parity.mapkeyref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The key of a map of rates, with an id column of its own name (as Broadleaf's fulfillment option). */
@Entity
@Table(name = "MKR_SHIPPING_OPTION")
public class MkrShippingOption {

    @Id
    @Column(name = "SHIPPING_OPTION_ID")
    Long id;

    @Column(name = "NAME")
    String name;
}
