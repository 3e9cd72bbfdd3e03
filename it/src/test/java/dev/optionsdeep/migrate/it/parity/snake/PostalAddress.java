package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class PostalAddress {
    private String streetName;
    @Column(length = 10) private String postCode;
}
