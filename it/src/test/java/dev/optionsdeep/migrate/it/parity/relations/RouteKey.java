package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class RouteKey implements Serializable {
    @Column(length = 8) private String origin;
    @Column(length = 8) private String destination;
    private short variant;
}
