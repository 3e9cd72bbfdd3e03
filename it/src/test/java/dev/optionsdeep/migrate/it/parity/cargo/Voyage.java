package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.List;

/** A mappedBy list with a position column, and a list whose join column is required. */
@Entity
public class Voyage {
    @Id private Long id;
    @Column(unique = true) private String voyageNumber;
    @OneToMany(mappedBy = "voyage") @OrderColumn(name = "voyage_leg_pos") private List<Leg> legs;
    @OneToMany @JoinColumn(name = "voyage_id", nullable = false) @OrderColumn(name = "cm_index")
    private List<CarrierMovement> carrierMovements;
}
