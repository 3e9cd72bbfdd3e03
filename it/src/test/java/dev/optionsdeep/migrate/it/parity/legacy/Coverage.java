package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A line of a policy, keyed by the policy and its line number; the policy is mapped read-only. */
@Entity
@Table(name = "COVERAGE")
public class Coverage {

    @EmbeddedId
    private CoverageKey key;

    @ManyToOne
    @JoinColumn(name = "POLICY_ID", insertable = false, updatable = false)
    private Policy policy;

    @ManyToOne
    @JoinColumn(name = "AGENT_ID")
    private Agent agent;

    @Column(name = "COVER_CD", columnDefinition = "varchar(8) not null")
    private String code;

    @Column(name = "LIMIT_AMT", precision = 14, scale = 2)
    private BigDecimal limit;

    /** The key's line number again, read-only, for queries that want it without the key: one column. */
    @Column(name = "LINE_NO", insertable = false, updatable = false)
    private int lineNumber;
}
