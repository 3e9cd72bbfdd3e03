package dev.optionsdeep.migrate.it.parity.gapjoin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A depot, whose table is named after the entity (no @Table), and whose key column is named. */
@Entity
public class GjDepot {

    @Id
    @Column(name = "DEPOT_NO")
    Long number;
}
