package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class LineAdjustmentId implements Serializable {
    private PurchaseLineId lineId;
    private Short seq;
}
