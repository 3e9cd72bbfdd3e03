package dev.optionsdeep.migrate.it.parity.gapwrite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A warehouse, the key of maps. */
@Entity
@Table(name = "GW_WAREHOUSE")
public class GwWarehouse {

    @Id
    @Column(name = "WH_ID")
    Long id;
}
