package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** A SINGLE_TABLE root in a named schema, whose subclass declares relationships. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@Table(schema = "logisticsOps")
public class TransportUnit {
    @Id private Long unitId;
    private String unitCode;
}
