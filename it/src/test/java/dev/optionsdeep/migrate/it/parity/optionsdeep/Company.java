package dev.optionsdeep.migrate.it.parity.optionsdeep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "companies", indexes = @Index(name = "ix_companies_ticker", columnList = "ticker", unique = true))
public class Company {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, length = 20) private String ticker;
    @Column(name = "company_name", nullable = false, length = 500) private String companyName;
    @Column(length = 100) private String exchange;
    @Column(length = 100) private String sector;
    @Column(length = 200) private String industry;
    @Column(name = "market_cap") private Long marketCap;
    @Column(name = "is_active", nullable = false) private boolean active;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at") private Instant updatedAt;
    @Column(name = "stock_symbol_type", length = 20) private String stockSymbolType;
}
