package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address as a record: Hibernate instantiates it through its canonical constructor. */
@Embeddable
public record Address(@Column(length = 120) String street, String city, @Column(name = "zip", length = 10) String postalCode) {
}
