package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;

/** The tutorial form: the key is the two relationships, without any @JoinColumn. */
@Embeddable
public class StockLevelId implements Serializable {
    @ManyToOne private Depot depot;
    @ManyToOne private Article article;
}
