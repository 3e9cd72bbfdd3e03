package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** GenerationType.TABLE without a generator in a package without one: Hibernate's shared hibernate_sequences. */
@jakarta.persistence.Entity
public class TgTicket {
    @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;
}
