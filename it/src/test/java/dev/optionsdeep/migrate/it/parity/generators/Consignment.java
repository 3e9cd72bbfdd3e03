package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.Entity;

@Entity
public class Consignment extends Tracked {
    private String reference;
}
