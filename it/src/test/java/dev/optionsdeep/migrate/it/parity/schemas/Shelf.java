package dev.optionsdeep.migrate.it.parity.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.util.Set;

/** In the default schema, referencing tables in named ones. */
@Entity
public class Shelf {
    @Id private Long id;
    @ManyToOne private SalesOrder reservedFor;
    @ManyToMany private Set<CrmCustomer> owners;
}
