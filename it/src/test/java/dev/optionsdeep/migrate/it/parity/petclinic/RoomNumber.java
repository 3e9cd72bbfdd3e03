package dev.optionsdeep.migrate.it.parity.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a room is: a floor and a door. */
@Embeddable
public class RoomNumber {

    private int floor;

    @Column(length = 8)
    private String door;
}
