package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;

/** A list of these by mappedBy keeps its position in Container's table, beside the join column. */
@Entity
public class Reefer extends Container {
    private Integer setPoint;
}
