package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Reference data with a generated key. */
@Entity
public class Room {

    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 400)
    private String name;

    private String floor;

    private int seats;
}
