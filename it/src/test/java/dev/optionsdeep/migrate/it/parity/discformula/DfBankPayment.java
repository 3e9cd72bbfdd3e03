package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("B")
public class DfBankPayment extends DfPayment {

    String iban;
}
