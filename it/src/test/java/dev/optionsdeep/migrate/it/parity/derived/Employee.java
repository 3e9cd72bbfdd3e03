package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(EmployeeKey.class)
public class Employee {
    @Id @Column(length = 40) private String firstName;
    @Id @Column(length = 60) private String lastName;
    private String title;
}
