package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Embedded in a subclass: no part of its check, and @Column(nullable = false) stays NOT NULL. */
@Embeddable
public class Billing {
    @Column(nullable = false, length = 10) private String postcode;
    private int attempts;
}
