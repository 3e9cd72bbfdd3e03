package dev.optionsdeep.migrate.it.parity.enums;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

/** Hibernate's own @Check, on the entity and on a column, with and without a name. */
@Entity
@Check(name = "voucher_code_format", constraints = "code ~ '^[A-Z0-9]+$'")
@Check(constraints = "percent IS NULL OR amount IS NULL")
public class Voucher {
    @Id private Long id;
    @Column(nullable = false, length = 16) private String code;
    @Check(constraints = "percent BETWEEN 1 AND 100") private Integer percent;
    private Long amount;
    private Kind kind;

    public enum Kind { SINGLE_USE, MULTI_USE }
}
