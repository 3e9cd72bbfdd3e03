package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A subclass of a subclass: its check covers BankTransfer's required attributes and its own. */
@Entity
@DiscriminatorValue("INSTANT")
public class InstantTransfer extends BankTransfer {
    private int settlementSeconds;
}
