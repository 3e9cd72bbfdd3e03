package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Depot {
    @Id private Integer id;
    private String city;
}
