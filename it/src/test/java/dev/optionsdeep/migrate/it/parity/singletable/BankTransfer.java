package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** No @DiscriminatorValue: the entity name is the value. */
@Entity
public class BankTransfer extends Payment {
    @Column(length = 34) private String iban;
    @Basic(optional = false) private String reference;
    private boolean instant;
    private String payer; // CardPayment has it too: one shared column
}
