package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Not audited: the clauses a contract lists. */
@Entity
public class Clause {

    @Id
    @GeneratedValue
    private Long id;

    @Column(length = 500)
    private String text;
}
