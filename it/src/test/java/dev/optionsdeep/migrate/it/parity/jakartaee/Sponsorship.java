package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.ArrayList;
import java.util.List;

/** A value object holding an ordered list of entities, as the cargo tracker's itinerary holds its legs. */
@Embeddable
public class Sponsorship {

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "conference_id")
    @OrderColumn(name = "sponsor_rank")
    private List<Sponsor> sponsors = new ArrayList<>();
}
