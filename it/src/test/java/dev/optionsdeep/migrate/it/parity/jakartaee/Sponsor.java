package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A sponsor of one conference, ranked within its sponsorship. */
@Entity
public class Sponsor {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 80)
    private String company;
}
