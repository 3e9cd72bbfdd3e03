package dev.optionsdeep.migrate.it.parity.converted;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("HOME")
public class HomeClaim extends Claim {

    @Column(name = "POSTCODE", length = 10)
    private String postcode;
}
