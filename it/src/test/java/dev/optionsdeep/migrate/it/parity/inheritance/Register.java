package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** TABLE_PER_CLASS without subclasses: Hibernate maps it as a single table, so an identity id is fine. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Register {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private String name;
}
