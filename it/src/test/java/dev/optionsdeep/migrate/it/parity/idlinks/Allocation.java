package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Allocation {
    @EmbeddedId private AllocationId id;
    private short units;
}
