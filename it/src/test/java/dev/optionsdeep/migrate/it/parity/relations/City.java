package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class City {
    @Id @Column(length = 8) private String code;
    @Column(nullable = false, unique = true, length = 80) private String name;
}
