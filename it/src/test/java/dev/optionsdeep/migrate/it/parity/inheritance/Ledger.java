package dev.optionsdeep.migrate.it.parity.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** No entity extends it: a plain table, whatever the strategy. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Ledger {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private String title;
}
