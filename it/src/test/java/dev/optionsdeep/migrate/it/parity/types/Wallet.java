package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.TenantId;

/**
 * Hibernate drops a unique constraint or unique index on exactly the key's columns; the natural id is
 * one unnamed unique constraint; the tenant column is not null; {@code @Formula} has no column;
 * {@code @SoftDelete} adds {@code deleted boolean not null}.
 */
@Entity
@SoftDelete
@Table(name = "wallets", uniqueConstraints = @UniqueConstraint(columnNames = "code"),
        indexes = @Index(columnList = "code", unique = true))
public class Wallet {
    @Id @Column(name = "code", unique = true, length = 12) private String code;
    @NaturalId private String iban;
    @NaturalId(mutable = true) private String country;
    @TenantId private String tenant;
    @Generated @Column(insertable = false, updatable = false) private Integer revision;
    @Formula("length(iban)") private Integer ibanLength;
}
