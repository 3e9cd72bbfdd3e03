package dev.optionsdeep.migrate.it.parity.classassoc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The type of an attribute. */
@Entity
public class CaAttributeType {

    @Id
    Integer id;

    String datatype;
}
