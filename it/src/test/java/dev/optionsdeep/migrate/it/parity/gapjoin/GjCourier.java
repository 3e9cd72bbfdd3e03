package dev.optionsdeep.migrate.it.parity.gapjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A courier a shipment is assigned to. */
@Entity
@Table(name = "GJ_COURIER")
public class GjCourier {

    @Id
    Long id;
}
