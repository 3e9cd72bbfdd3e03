package dev.optionsdeep.migrate.it.parity.idlinks;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;

/** A relationship to a composite key, its join columns named. */
@Embeddable
public class BinAssignmentId implements Serializable {
    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "bin_aisle", referencedColumnName = "aisle"),
            @JoinColumn(name = "bin_slot", referencedColumnName = "slot")})
    private Bin bin;
    @ManyToOne private Article article;
}
