package dev.optionsdeep.migrate.it.parity.kindbase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A device that measures. */
@Entity
public class KbSensor extends KbDevice {

    @Column(name = "UNIT", length = 12)
    String unit;
}
