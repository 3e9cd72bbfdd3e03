package dev.optionsdeep.migrate.it.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * {@code companies} before the example's current model: a shorter company name and industry, an
 * {@code employees} column since dropped, no {@code sector} and no {@code updated_at} yet.
 */
@Entity
@Table(name = "companies", indexes = @Index(name = "ix_companies_ticker", columnList = "ticker", unique = true))
public class LegacyCompany {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String ticker;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Column(length = 100)
    private String exchange;

    @Column(length = 100)
    private String industry;

    @Column(name = "market_cap")
    private Long marketCap;

    private Integer employees;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
}
