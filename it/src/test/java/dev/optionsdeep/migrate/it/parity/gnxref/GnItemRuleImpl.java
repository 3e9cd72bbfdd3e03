package dev.optionsdeep.migrate.it.parity.gnxref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "GN_ITEM_RULE")
public class GnItemRuleImpl implements GnItemRule {

    @Id
    @Column(name = "ITEM_RULE_ID")
    private Long id;

    @Column(name = "RULE_TEXT", length = 2000)
    private String rule;
}
