package dev.optionsdeep.migrate.it.parity.petclinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "rooms")
public class Room extends NamedEntity {

    private boolean surgery;
}
