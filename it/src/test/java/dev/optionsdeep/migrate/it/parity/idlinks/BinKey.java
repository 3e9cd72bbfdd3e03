package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class BinKey implements Serializable {
    @Column(length = 4) private String aisle;
    private int slot;
}
