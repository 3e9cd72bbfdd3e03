package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.List;

/** A mappedBy list with a position column; cargotracker's schedule, an embeddable holding an ordered list. */
@Entity
public class Voyage {
    @Id private Long id;
    @Column(unique = true) private String voyageNumber;
    @OneToMany(mappedBy = "voyage") @OrderColumn(name = "voyage_leg_pos", nullable = false) private List<Leg> legs;
    @Embedded private Schedule schedule;
}
