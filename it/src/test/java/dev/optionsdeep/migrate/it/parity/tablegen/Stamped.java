package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The shopizer pattern: the id names a generator each subclass entity declares. */
@MappedSuperclass
public abstract class Stamped {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "TABLE_GEN") private Long id;
}
