package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class CargoNote {
    @Id private Long id;
    @Column(name = "cargo_id", insertable = false, updatable = false) private Long cargoId;
    private String text;
}
