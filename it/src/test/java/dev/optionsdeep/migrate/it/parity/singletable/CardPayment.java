package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Primitives become nullable columns with a check; @Column(nullable = false) stays NOT NULL. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
    @Column(nullable = false, length = 4) private String lastDigits;
    private int expiryMonth;
    private short expiryYear;
    @Enumerated(EnumType.STRING) private Network network;
    private Billing billing;
    private String payer;

    public enum Network { VISA, MASTERCARD, AMEX }
}
