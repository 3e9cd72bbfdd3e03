package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import java.util.Set;

/** Both sides own one join table alike (bidirectional without mappedBy): one table. */
@Entity
public class Port {
    @Id private Long id;
    @ManyToMany
    @JoinTable(name = "port_call", joinColumns = @JoinColumn(name = "port_id"),
            inverseJoinColumns = @JoinColumn(name = "cargo_id"))
    private Set<Cargo> cargoes;
}
