package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 120) private String street;
    @Column(name = "zip_code", length = 10, nullable = false) private String zip;
    private int houseNumber;
    @AttributeOverride(name = "latitude", column = @Column(name = "lat"))
    @AttributeOverride(name = "longitude", column = @Column(name = "lon"))
    private GeoPoint location;
}
