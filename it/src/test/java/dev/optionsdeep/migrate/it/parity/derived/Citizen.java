package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Citizen {
    @EmbeddedId private EmployeeName id;
    private String email;
}
