package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** The rows for which the formula gives null: from 7.2 on, checked as {@code <formula> is null or (…)}. */
@Entity
@DiscriminatorValue("null")
public class DfPendingPayment extends DfPayment {

    int attempts;
}
