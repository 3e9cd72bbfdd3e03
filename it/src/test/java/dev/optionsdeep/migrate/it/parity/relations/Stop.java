package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

@Entity
@IdClass(StopId.class)
public class Stop {
    @Id private Long lineNumber;
    @Id private Integer position;
    @ManyToOne private City city;
    @ManyToOne(optional = false) private Route route;
    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "alt_destination", referencedColumnName = "destination"),
            @JoinColumn(name = "alt_origin", referencedColumnName = "origin"),
            @JoinColumn(name = "alt_variant", referencedColumnName = "variant")})
    private Route alternative;
}
