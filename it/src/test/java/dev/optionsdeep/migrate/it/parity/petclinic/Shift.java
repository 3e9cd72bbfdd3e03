package dev.optionsdeep.migrate.it.parity.petclinic;

public enum Shift {
    MORNING, AFTERNOON, NIGHT
}
