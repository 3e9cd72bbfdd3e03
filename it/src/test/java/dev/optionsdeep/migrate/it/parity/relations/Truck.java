package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
public class Truck extends Vehicle {
    private BigDecimal payloadTons;
}
