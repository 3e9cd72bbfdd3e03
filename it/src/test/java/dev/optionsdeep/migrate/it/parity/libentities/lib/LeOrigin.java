package dev.optionsdeep.migrate.it.parity.libentities.lib;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an audited change came from: an embeddable of the library. */
@Embeddable
public class LeOrigin {

    @Column(length = 60)
    private String host;

    private Integer port;
}
