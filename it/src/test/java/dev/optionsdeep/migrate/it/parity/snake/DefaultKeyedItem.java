package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** A @TableGenerator without table under snake_case: its table is named after the generator. */
@jakarta.persistence.Entity
public class DefaultKeyedItem {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "defaultItemKeys")
    @TableGenerator(name = "defaultItemKeys") private Long id;
}
