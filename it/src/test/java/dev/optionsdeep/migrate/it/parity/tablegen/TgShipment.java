package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Named package-level @TableGenerator. */
@jakarta.persistence.Entity
public class TgShipment {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "packageKeys") private Long id;
}
