package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Relationships inside an embeddable of a subclass: nullable unless @JoinColumn(nullable = false), in no check. */
@Embeddable
public class Sponsorship {
    @ManyToOne(optional = false) private Party sponsor;
    @ManyToOne @JoinColumn(nullable = false) private Country sponsorCountry;
    private String reference;
}
