package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Embeddable;
import jakarta.persistence.GeneratedValue;

import java.io.Serializable;

/** An embedded key whose generated part names no generator: AUTO. */
@Embeddable
public class HistoryKey implements Serializable {
    @GeneratedValue
    private Long version;

    private Integer partitionId;
}
