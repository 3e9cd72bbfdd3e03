package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class BinAssignment {
    @EmbeddedId private BinAssignmentId id;
    private boolean primaryLocation;
}
