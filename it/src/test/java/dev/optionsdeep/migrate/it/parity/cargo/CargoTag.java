package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A table a default-named join table (Cargo.watchers) is merged into: it gains its columns. */
@Entity
public class CargoTag {
    @Id private Long id;
    private String label;
}
