package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Types and natural ids under snake_case naming: the natural-id constraint is named after the
 * converted column names, as PostgreSQL names Hibernate's unnamed constraint.
 */
@Entity
@SoftDelete(columnName = "isRemoved", converter = NumericBooleanConverter.class)
public class TaggedDocument {
    @Id @Column(unique = true) private Long id;
    @NaturalId private String documentNumber;
    @NaturalId @ManyToOne private CustomerAccount ownerAccount;
    @CreationTimestamp private Instant createdAt;
    @UpdateTimestamp @Column(nullable = true) private Instant lastModifiedAt;
    @JdbcTypeCode(SqlTypes.JSON) private Map<String, Object> extraAttributes;
    @Enumerated(EnumType.STRING) @Column(length = 1) private Visibility visibilityFlag;
    private Locale preferredLocale;
    private Currency billingCurrency;
    private ZoneId homeZone;
    private String[] searchKeywords;
    private List<Integer> pageNumbers;

    /** A one-letter visibility code. */
    public enum Visibility { P, R }
}
