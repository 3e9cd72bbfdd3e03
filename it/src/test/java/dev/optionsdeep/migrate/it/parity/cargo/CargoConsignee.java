package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The association as an entity of its own, on the table Cargo.consignees joins through. */
@Entity
public class CargoConsignee {
    @Id private Long id;
    @ManyToOne @JoinColumn(name = "cargo_id") private Cargo cargo;
    @ManyToOne @JoinColumn(name = "consignee_id") private Consignee consignee;
    private String role;
}
