package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Entity;

@Entity
public class DfClick extends DfEvent {

    int x;
}
