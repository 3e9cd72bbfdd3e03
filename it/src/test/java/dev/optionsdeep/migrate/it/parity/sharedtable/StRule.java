package dev.optionsdeep.migrate.it.parity.sharedtable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A rule whose id a sequence draws. */
@Entity
@Table(name = "st_rule")
public class StRule extends StRuleBase {

    @Id
    @SequenceGenerator(name = "st_rule_SEQ", sequenceName = "st_rule_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.AUTO, generator = "st_rule_SEQ")
    @Column(name = "id")
    protected Long id;
}
