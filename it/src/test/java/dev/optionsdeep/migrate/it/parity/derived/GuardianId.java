package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class GuardianId implements Serializable {
    private String name;
    private EmployeeName personKey;
}
