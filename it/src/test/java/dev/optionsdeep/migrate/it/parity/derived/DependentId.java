package dev.optionsdeep.migrate.it.parity.derived;

import java.io.Serializable;

public class DependentId implements Serializable {
    String name;
    EmployeeKey employee;
}
