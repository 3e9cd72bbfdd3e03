package dev.optionsdeep.migrate.it.parity.validation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class BvWorkAddress {

    @NotNull
    @Size(max = 90)
    private String office;
}
