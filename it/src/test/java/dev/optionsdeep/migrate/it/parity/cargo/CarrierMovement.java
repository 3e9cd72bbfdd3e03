package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.List;

/** A self-referencing ordered list. */
@Entity
public class CarrierMovement {
    @Id private Long id;
    private String departureLocation;
    @OneToMany @JoinColumn(name = "parent_id") @OrderColumn private List<CarrierMovement> legs;
}
