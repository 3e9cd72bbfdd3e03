package dev.optionsdeep.migrate.it.parity.sharedtable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The same rule, on the same table, with the id an import assigns. */
@Entity
@Table(name = "st_rule")
public class StImportedRule extends StRuleBase {

    @Id
    @Column(name = "id")
    protected Long id;
}
