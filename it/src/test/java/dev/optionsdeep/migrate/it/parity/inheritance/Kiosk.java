package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Kiosk extends Branch {
    private Boolean staffed;
}
