package dev.optionsdeep.migrate.it.parity.classassoc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Another owner of attributes. */
@Entity
public class CaLocation {

    @Id
    Integer id;
}
