package dev.optionsdeep.migrate.it.parity.gapwrite;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item boxes and cartons hold, whose table receives their join columns. */
@Entity
@Table(name = "GW_ITEM")
public class GwItem {

    @Id
    Long id;
}
