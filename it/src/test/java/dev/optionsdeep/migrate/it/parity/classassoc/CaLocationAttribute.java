package dev.optionsdeep.migrate.it.parity.classassoc;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Keeps the inherited owner's column. */
@Entity
public class CaLocationAttribute extends CaAttribute<CaAttributeType, CaLocation> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;
}
