package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class DfActivationKey {

    @Id
    Long id;
}
