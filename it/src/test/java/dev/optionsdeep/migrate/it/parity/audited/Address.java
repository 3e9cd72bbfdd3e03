package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(length = 120)
    private String street;

    @Column(nullable = false, length = 60)
    private String city;

    @Column(name = "postal_code", length = 10)
    private String postalCode;
}
