package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;
import java.time.LocalDate;

/** A relationship to a composite key with default join columns, beside a date. */
@Embeddable
public class BinCountId implements Serializable {
    @ManyToOne private Bin bin;
    private LocalDate countedOn;
}
