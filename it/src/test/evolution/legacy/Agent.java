package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** Another entity drawing its ids from the same key table, under its own row. */
@Entity
@Table(name = "AGENT")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "agentKeys")
    @TableGenerator(name = "agentKeys", table = "KEY_TABLE", pkColumnName = "KEY_NAME", valueColumnName = "NEXT_KEY",
            pkColumnValue = "AGENT", allocationSize = 10)
    @Column(name = "AGENT_ID")
    private Long id;

    @Column(name = "AGENT_NAME", length = 60, nullable = false)
    private String name;

    @Column(name = "COMMISSION_PCT", columnDefinition = "numeric(5,2) default 5.00 check (COMMISSION_PCT between 0 and 100)")
    private Double commission;

    @Column(name = "ACTIVE", columnDefinition = "boolean default true not null")
    private boolean active;

    @Column(name = "REGION_CD", columnDefinition = "char(3) default 'EUR' not null")
    private String region;
}
