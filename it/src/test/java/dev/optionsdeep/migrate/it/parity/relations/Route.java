package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A composite key from an embeddable: Hibernate orders its columns by size, then name. */
@Entity
public class Route {
    @EmbeddedId private RouteKey key;
    @Column(nullable = false) private Integer distanceKm;
}
