package dev.optionsdeep.migrate.it.parity.structure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "author", length = 60))
@AttributeOverride(name = "billing.location.latitude", column = @Column(name = "billing_lat"))
@AttributeOverride(name = "origin.latitude", column = @Column(name = "origin_lat"))
@AttributeOverride(name = "origin.longitude", column = @Column(name = "origin_lon"))
@Table(indexes = @Index(columnList = "zip_code"),
        uniqueConstraints = @UniqueConstraint(columnNames = {"billing_street", "billing_zip"}))
public class Warehouse extends Catalogued {
    @Embedded private Address address;
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120))
    @AttributeOverride(name = "zip", column = @Column(name = "billing_zip", length = 10))
    @AttributeOverride(name = "houseNumber", column = @Column(name = "billing_no"))
    @AttributeOverride(name = "location.latitude", column = @Column(name = "overridden_by_the_entity"))
    @AttributeOverride(name = "location.longitude", column = @Column(name = "billing_lon"))
    private Address billing;
    @AttributeOverride(name = "amount", column = @Column(name = "rent", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "rent_currency", length = 3))
    @AttributeOverride(name = "rounded", column = @Column(name = "rent_rounded"))
    private Money rent;
    private boolean heated;
}
