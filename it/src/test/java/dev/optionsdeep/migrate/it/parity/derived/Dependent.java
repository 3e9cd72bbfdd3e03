package dev.optionsdeep.migrate.it.parity.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** The "key is a relationship" form: @Id on the @ManyToOne, with an @IdClass. */
@Entity
@IdClass(DependentId.class)
public class Dependent {
    @Id private String name;
    @Id @ManyToOne private Employee employee;
    private java.time.LocalDate birthDate;
}
