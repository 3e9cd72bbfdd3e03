package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class DfConsumer {

    @Id
    Long id;
}
