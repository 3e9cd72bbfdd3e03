package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A value object that nests another and refers to reference data. */
@Embeddable
public class PostalAddress {

    @Column(length = 120)
    private String street;

    @Column(length = 60)
    private String city;

    @Column(name = "postal_code", length = 12)
    private String postalCode;

    @ManyToOne
    @JoinColumn(name = "country_code")
    private Country country;

    @Embedded
    private GeoPoint location;
}
