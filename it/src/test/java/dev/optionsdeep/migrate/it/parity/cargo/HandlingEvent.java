package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

@Entity
public class HandlingEvent {
    @Id private Long id;
    @ManyToOne(optional = false) @JoinColumn(name = "cargo_id") private Cargo cargo;
    /** A voyage may be purged while its events stay: no foreign key. */
    @ManyToOne @NotFound(action = NotFoundAction.IGNORE) private Voyage voyage;
}
