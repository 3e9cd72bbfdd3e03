package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Leg {
    @Id @GeneratedValue private Long id;
    @ManyToOne @JoinColumn(name = "voyage_id") private Voyage voyage;
    @Column(nullable = false) private String loadLocation;
}
