package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

import java.time.ZoneOffset;

/** Where an attachment came from: an embeddable holding a relationship. */
@Embeddable
public class Provenance {

    @ManyToOne
    private Account uploader;

    private ZoneOffset utcOffset;
}
