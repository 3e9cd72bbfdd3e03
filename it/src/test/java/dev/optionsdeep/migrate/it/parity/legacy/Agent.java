package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.util.Map;

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

    /**
     * The policies an agent sold, by policy number. The @JoinColumn is a leftover from before the link table was
     * introduced: with a @JoinTable beside it, Hibernate keeps the link table and ignores it.
     */
    @OneToMany
    @JoinColumn(name = "AGENT_ID")
    @JoinTable(name = "AGENT_POLICY", joinColumns = @JoinColumn(name = "AGENT_REF"),
            inverseJoinColumns = @JoinColumn(name = "POLICY_REF"))
    @MapKeyColumn(name = "POLICY_NO", length = 20)
    private Map<String, Policy> sold;
}
