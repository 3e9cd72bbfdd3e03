package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.List;

/** As in cargotracker: the legs' position goes into the leg's table, nullable and checked. */
@Entity
public class Itinerary {
    @Id @GeneratedValue private Long id;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "itinerary_id")
    @OrderColumn(name = "leg_index")
    private List<Leg> legs;
}
