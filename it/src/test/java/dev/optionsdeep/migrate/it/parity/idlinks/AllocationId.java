package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;

/** Three levels down, and named to come before every entity its key needs. */
@Embeddable
public class AllocationId implements Serializable {
    @ManyToOne private StockReservation reservation;
    @ManyToOne private Bin bin;
}
