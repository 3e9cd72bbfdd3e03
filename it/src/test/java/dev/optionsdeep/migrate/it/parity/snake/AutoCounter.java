package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** AUTO on an int id with no generator: Hibernate's implicit per-entity sequence. */
@Entity
public class AutoCounter {
    @Id @GeneratedValue private int counterId;
    private String label;
}
