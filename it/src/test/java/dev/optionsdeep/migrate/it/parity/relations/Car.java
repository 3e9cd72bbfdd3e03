package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
    private int seats;
}
