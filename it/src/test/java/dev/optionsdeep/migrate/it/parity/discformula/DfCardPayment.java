package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("C")
public class DfCardPayment extends DfPayment {

    @Basic(optional = false)
    @Column(name = "card_number")
    String cardNumber;
}
