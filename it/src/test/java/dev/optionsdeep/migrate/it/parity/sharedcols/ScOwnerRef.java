package dev.optionsdeep.migrate.it.parity.sharedcols;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reference to an owner in a zone, embedded where its columns are also mapped otherwise. */
@Embeddable
public class ScOwnerRef {
    @Column(name = "REF_ID", nullable = false)
    private Long ref;

    @Column(name = "REF_ZONE", nullable = false)
    private Integer zone;
}
