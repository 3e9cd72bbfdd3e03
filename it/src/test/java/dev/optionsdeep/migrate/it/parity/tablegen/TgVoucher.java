package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** TABLE without a generator, on an Integer id. */
@jakarta.persistence.Entity
public class TgVoucher {
    @Id @GeneratedValue(strategy = GenerationType.TABLE) private Integer id;
}
