package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A read-only tariff row, keyed by two columns through an id class. */
@Entity
@Immutable
@Table(name = "RATE_TABLE")
@IdClass(RateKey.class)
public class Rate {

    @Id
    @Column(name = "REGION_CD", columnDefinition = "char(3)")
    private String region;

    @Id
    @Column(name = "EFFECTIVE_DT")
    private LocalDate effective;

    @Column(name = "FACTOR", columnDefinition = "numeric(8,4) default 1.0000 not null")
    private BigDecimal factor;
}
