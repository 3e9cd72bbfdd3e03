package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class BinCount {
    @EmbeddedId private BinCountId id;
    private int counted;
}
