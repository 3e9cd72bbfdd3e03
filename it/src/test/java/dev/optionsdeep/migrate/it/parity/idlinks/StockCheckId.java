package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;

@Embeddable
public class StockCheckId implements Serializable {
    @ManyToOne @JoinColumn(name = "depotId") private Depot depot;
    private int round;
}
