package dev.optionsdeep.migrate.it.parity.genseq;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** An id drawn with strategy = SEQUENCE beside a @GenericGenerator (increment) of the same name. */
@Entity
public class GsBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gs_batch_gen")
    @GenericGenerator(name = "gs_batch_gen", strategy = "increment", parameters = {})
    Long id;

    String label;
}
