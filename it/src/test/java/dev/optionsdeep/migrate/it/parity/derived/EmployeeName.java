package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class EmployeeName implements Serializable {
    @Column(name = "first_name", length = 40) private String firstName;
    @Column(name = "last_name", length = 60) private String lastName;
}
