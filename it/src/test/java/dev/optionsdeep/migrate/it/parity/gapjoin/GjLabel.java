package dev.optionsdeep.migrate.it.parity.gapjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A printed label, one per shipment. */
@Entity
@Table(name = "GJ_LABEL")
public class GjLabel {

    @Id
    Long id;
}
