package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

@Embeddable
public class Signature {

    @Column(name = "signer", length = 60)
    private String signer;

    @Column(name = "signed_on")
    private LocalDate signedOn;
}
