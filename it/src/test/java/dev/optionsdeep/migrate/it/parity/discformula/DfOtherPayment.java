package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Any other value: Hibernate checks nothing for it. */
@Entity
@DiscriminatorValue("not null")
public class DfOtherPayment extends DfPayment {

    int code;
}
