package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.envers.Audited;

/** Clinic staff, one table per kind: the audit tables are joined alike. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Audited
public abstract class Staff {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 100)
    private String fullName;
}
