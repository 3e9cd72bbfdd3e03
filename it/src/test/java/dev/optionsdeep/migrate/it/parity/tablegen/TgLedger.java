package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** TABLE without a generator: hibernate_sequences, shared with TgVoucher. */
@jakarta.persistence.Entity
public class TgLedger {
    @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;
    private String title;
}
