package dev.optionsdeep.migrate.it.parity.shadowed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Declares revision and label again: Hibernate keeps the base class's attributes and ignores these two, so there is
 * neither a formula_label column nor a not-null, longer label.
 */
@Entity
@Table(name = "shd_formula")
public class ShdFormula extends ShdVersioned {

    @Column(name = "revision")
    private Long revision;

    @Column(name = "formula_label", length = 200, nullable = false)
    private String label;

    @Column(name = "expression", length = 500)
    private String expression;
}
