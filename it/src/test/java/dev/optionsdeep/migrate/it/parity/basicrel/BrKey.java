package dev.optionsdeep.migrate.it.parity.basicrel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A key of a holder. */
@Entity
@Table(name = "br_key")
public class BrKey {
    @Id private Long id;

    private String label;

    @ManyToOne
    @JoinColumn(name = "holder_id", nullable = false)
    private BrHolder holder;
}
