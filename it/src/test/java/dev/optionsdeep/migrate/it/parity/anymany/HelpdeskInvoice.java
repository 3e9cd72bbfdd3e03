package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An invoice an inbox may hold. */
@Entity
public class HelpdeskInvoice {
    @Id
    private Long id;

    private String number;
}
