package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Its generator is declared on the package. */
@Entity
public class Parcel {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "packageIds") private Long id;
    private String label;
}
