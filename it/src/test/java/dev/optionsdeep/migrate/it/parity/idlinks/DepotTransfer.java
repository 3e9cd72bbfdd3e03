package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * Read-only primitive copies of join columns, as legacy code keeps the raw key beside the relationship:
 * the basic copy read-only, and the reverse (the relationship read-only, the basic written).
 */
@Entity
public class DepotTransfer {
    @Id @GeneratedValue private Long id;
    @ManyToOne @JoinColumn(name = "from_depot_id") private Depot fromDepot;
    @Column(name = "from_depot_id", insertable = false, updatable = false) private long fromDepotId;
    @ManyToOne @JoinColumn(name = "to_depot_id", insertable = false, updatable = false) private Depot toDepot;
    @Column(name = "to_depot_id") private long toDepotId;
}
