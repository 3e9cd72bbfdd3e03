package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class StockReservation {
    @EmbeddedId private ReservationId id;
    private Integer reserved;
}
