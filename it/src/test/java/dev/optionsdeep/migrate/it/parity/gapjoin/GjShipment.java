package dev.optionsdeep.migrate.it.parity.gapjoin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A shipment whose to-ones live in join tables without a name: one with its columns named, a bare mandatory one to
 * an entity without @Table, and a bare owning one-to-one.
 */
@Entity
@Table(name = "GJ_SHIPMENT")
public class GjShipment {

    @Id
    @Column(name = "SHIPMENT_ID")
    Long id;

    @ManyToOne
    @JoinTable(joinColumns = @JoinColumn(name = "SHIPMENT_REF"), inverseJoinColumns = @JoinColumn(name = "COURIER_REF"))
    GjCourier assignedCourier;

    @ManyToOne(optional = false)
    @JoinTable
    GjDepot originDepot;

    @OneToOne
    @JoinTable
    GjLabel printedLabel;
}
