package dev.optionsdeep.migrate.it.parity.gapwrite;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.Set;

/** A carton whose items' join column is read-only: neither inserted nor updated, created all the same. */
@Entity
@Table(name = "GW_CARTON")
public class GwCarton {

    @Id
    Long id;

    @OneToMany
    @JoinColumn(name = "CARTON_ID", insertable = false, updatable = false)
    Set<GwItem> items;
}
