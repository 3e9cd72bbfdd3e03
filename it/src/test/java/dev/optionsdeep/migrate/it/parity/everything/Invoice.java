package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.math.BigDecimal;

/** An id from a declared sequence: start and increment as the generator says. */
@Entity
@SequenceGenerator(name = "invoice_numbers", sequenceName = "invoice_number_seq", initialValue = 1000, allocationSize = 1)
public class Invoice {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_numbers") private Integer number;
    private BigDecimal total;
}
