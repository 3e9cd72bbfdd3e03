package dev.optionsdeep.migrate.it.parity.maps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Region {
    @Id @Column(length = 8) private String code;
    private String name;
}
