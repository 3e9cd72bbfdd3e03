package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Location {
    @Column(length = 120) private String street;
    @ManyToOne private City city;
}
