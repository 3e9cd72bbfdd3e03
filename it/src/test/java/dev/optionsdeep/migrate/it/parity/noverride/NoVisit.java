package dev.optionsdeep.migrate.it.parity.noverride;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** References the place, whose table it needs. */
@Entity
public class NoVisit {

    @Id
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "place_id")
    NoPlace place;
}
