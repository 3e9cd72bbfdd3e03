package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Container {
    @Id private Long id;
    @ManyToOne private Cargo cargo;
}
