package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class HandlingEvent {
    @Id private Long id;
    @ManyToOne(optional = false) @JoinColumn(name = "cargo_id") private Cargo cargo;
}
