package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A generator name no @SequenceGenerator declares: Hibernate 7.4 makes a sequence of that name, converted (no_such_gen). */
@Entity
public class UndeclaredGeneratorItem {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "noSuchGen") private Long id;
}
