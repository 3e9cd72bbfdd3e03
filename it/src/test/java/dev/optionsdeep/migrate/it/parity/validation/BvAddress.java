package dev.optionsdeep.migrate.it.parity.validation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class BvAddress {

    @NotNull
    @Size(max = 70)
    private String street;

    @Size(max = 10)
    private String zip;

    @Max(99999)
    private Integer number;
}
