package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** @MapsId naming an embeddable part of the id, with join columns named. */
@Entity
public class Guardian {
    @EmbeddedId private GuardianId id;
    @MapsId("personKey")
    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "ward_last", referencedColumnName = "last_name"),
            @JoinColumn(name = "ward_first", referencedColumnName = "first_name")})
    private Citizen ward;
}
