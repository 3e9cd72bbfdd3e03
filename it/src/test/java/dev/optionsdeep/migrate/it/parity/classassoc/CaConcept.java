package dev.optionsdeep.migrate.it.parity.classassoc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An owner of attributes. */
@Entity
public class CaConcept {

    @Id
    Integer id;
}
