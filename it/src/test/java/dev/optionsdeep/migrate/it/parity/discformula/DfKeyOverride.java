package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** Its key's column is the one the formula reads. */
@Entity
@DiscriminatorValue("activation_key")
public class DfKeyOverride extends DfOverride {

    @ManyToOne(fetch = FetchType.LAZY)
    DfActivationKey key;

    // Required: from 7.2 on, Hibernate checks it for the rows whose formula gives this entity's value.
    int priority;
}
