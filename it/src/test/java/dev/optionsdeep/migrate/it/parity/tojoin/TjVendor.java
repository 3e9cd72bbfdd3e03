package dev.optionsdeep.migrate.it.parity.tojoin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vendor, with an id of default name. */
@Entity
@Table(name = "TJ_VENDOR")
public class TjVendor {

    @Id
    Long id;
}
