package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.SQLRestriction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A policy, its ids handed out by a key table shared with other entities, and soft deletion. */
@Entity
@Table(name = "POLICY")
@SQLRestriction("DELETED_FLAG = 'N'")
public class Policy {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
    @TableGenerator(name = "keys", table = "KEY_TABLE", pkColumnName = "KEY_NAME", valueColumnName = "NEXT_KEY",
            pkColumnValue = "POLICY", allocationSize = 10)
    @Column(name = "POLICY_ID")
    private Long id;

    @Column(name = "POLICY_NO", columnDefinition = "varchar(20) not null")
    private String number;

    @Column(name = "STATUS_CD", columnDefinition = "char(1) default 'A' not null check (STATUS_CD in ('A', 'L', 'C'))")
    private String status;

    @Column(name = "PREMIUM_AMT", columnDefinition = "numeric(12,2) default 0 not null")
    private BigDecimal premium;

    @Column(name = "START_DT", columnDefinition = "date")
    private LocalDate start;

    @Column(name = "DELETED_FLAG", columnDefinition = "char(1) default 'N' not null")
    private String deleted;

    @Column(name = "REMARKS", columnDefinition = "text")
    private String remarks;

    @Formula("PREMIUM_AMT * 12")
    private BigDecimal yearlyPremium;
}
