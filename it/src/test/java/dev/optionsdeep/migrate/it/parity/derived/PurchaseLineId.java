package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class PurchaseLineId implements Serializable {
    private Long purchaseId;
    private Integer lineNo;
}
