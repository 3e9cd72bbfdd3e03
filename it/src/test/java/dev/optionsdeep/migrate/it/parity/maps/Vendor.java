package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Vendor {
    @Id @GeneratedValue private Long id;
    private String name;
}
