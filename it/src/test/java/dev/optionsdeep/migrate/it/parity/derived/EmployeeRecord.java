package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.OneToOne;

/** Shares its employee's composite key, through @Id on the @OneToOne. */
@Entity
@IdClass(EmployeeKey.class)
public class EmployeeRecord {
    @Id @OneToOne private Employee employee;
    private String notes;
}
