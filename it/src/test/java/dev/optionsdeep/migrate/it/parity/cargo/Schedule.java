package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.List;

/** As in cargotracker, with a required join column: the position stays nullable. */
@Embeddable
public class Schedule {
    @OneToMany(cascade = CascadeType.ALL) @JoinColumn(name = "voyage_id", nullable = false) @OrderColumn(name = "cm_index")
    private List<CarrierMovement> carrierMovements;
    @OneToMany @OrderColumn private List<CarrierMovement> extraMovements;
}
