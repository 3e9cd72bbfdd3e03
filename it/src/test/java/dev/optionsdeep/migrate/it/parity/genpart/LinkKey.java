package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;

import java.io.Serializable;

/** An embedded key generating its id from a sequence of its own. */
@Embeddable
public class LinkKey implements Serializable {
    @SequenceGenerator(name = "SEQ_RESLINK_ID", sequenceName = "SEQ_RESLINK_ID", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SEQ_RESLINK_ID")
    @Column(name = "pid")
    private Long id;

    @Column(name = "partition_id")
    private Integer partitionId;
}
