package dev.optionsdeep.migrate.it.parity.noverride;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Overrides {@code attributes}, which no mapped class declares (MIGRATE-201), and references itself. */
@Entity
@Table(name = "no_place")
@AttributeOverride(name = "attributes", column = @Column(name = "place_id"))
public class NoPlace extends NoCustomizable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "place_id")
    Integer id;

    @ManyToOne
    @JoinColumn(name = "parent_place")
    NoPlace parent;
}
