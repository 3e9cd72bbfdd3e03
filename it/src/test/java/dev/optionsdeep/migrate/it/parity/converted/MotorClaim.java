package dev.optionsdeep.migrate.it.parity.converted;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A subclass's converted enum: nullable in the shared table, as every subclass column. */
@Entity
@DiscriminatorValue("MOTR")
public class MotorClaim extends Claim {

    @Column(name = "PLATE", length = 12)
    private String plate;

    @Column(name = "DAMAGE_STATE")
    private ClaimState damageState;
}
