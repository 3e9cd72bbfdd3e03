package dev.optionsdeep.migrate.it.parity.constructs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** In a named schema: its implicit sequence stays in the default schema, a named generator's goes to its own. */
@Entity
@Table(schema = "books")
public class Journal {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;
}
