package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** GenerationType.TABLE without a generator under snake_case: hibernate_sequences. */
@jakarta.persistence.Entity
public class TableCountedItem {
    @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;
}
