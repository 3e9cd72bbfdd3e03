package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {
    @Id @Column(length = 2) private String code;
}
