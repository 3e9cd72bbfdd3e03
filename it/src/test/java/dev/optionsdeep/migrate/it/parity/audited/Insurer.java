package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Reference data loaded from outside: not audited. */
@Entity
public class Insurer {

    @Id
    @Column(length = 10)
    private String code;

    @Column(nullable = false)
    private String name;
}
