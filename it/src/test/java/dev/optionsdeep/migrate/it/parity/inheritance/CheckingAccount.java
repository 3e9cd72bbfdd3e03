package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** @DiscriminatorValue has no effect on a TABLE_PER_CLASS hierarchy. */
@Entity
@DiscriminatorValue("C")
public class CheckingAccount extends Account {
    private long overdraftLimit;
    private Limits limits;
}
