package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Consignee {
    @Id private Long id;
    private String name;
}
