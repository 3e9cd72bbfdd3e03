package dev.optionsdeep.migrate.it.parity.onetable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/** A summary read from a query over the table: Hibernate creates no table for it, nor adds to the one it reads. */
@Entity(name = "otidentitysummary")
@Immutable
@Subselect("select i.id, i.name from ot_identity i")
@Synchronize("ot_identity")
public class OtIdentitySummary {

    @Id
    @Column(name = "id")
    private Long key;

    @Column(name = "name", length = 40, nullable = false)
    private String name;
}
