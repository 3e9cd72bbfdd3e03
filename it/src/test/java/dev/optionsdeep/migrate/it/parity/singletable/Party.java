package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A hierarchy whose subclasses declare relationships: they all live in this table. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Party {
    @Id private Long id;
    private String displayName;
}
