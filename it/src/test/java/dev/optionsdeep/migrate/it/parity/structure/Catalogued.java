package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A mapped superclass above a plain class, with an embedded attribute of its own. */
@MappedSuperclass
public abstract class Catalogued extends Described {
    @Column(length = 120) private String title;
    private GeoPoint origin;
}
