package dev.optionsdeep.migrate.it.parity.tojoin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The primary media of a SKU, one each. */
@Entity
@Table(name = "TJ_MEDIA")
public class TjMedia {

    @Id
    Long id;

    String url;
}
