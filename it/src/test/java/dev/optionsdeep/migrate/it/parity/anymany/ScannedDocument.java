package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** A scanned document, keyed by a UUID, that an inbox archives. */
@Entity
public class ScannedDocument {
    @Id
    private UUID id;

    private String fileName;
}
