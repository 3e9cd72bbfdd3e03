package dev.optionsdeep.migrate.it.parity.validation;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A SINGLE_TABLE subclass: Hibernate leaves its columns nullable whatever the constraints say. */
@Entity
@DiscriminatorValue("league")
public class BvLeague extends BvTeam {

    @NotNull
    @Size(max = 25)
    private String division;
}
