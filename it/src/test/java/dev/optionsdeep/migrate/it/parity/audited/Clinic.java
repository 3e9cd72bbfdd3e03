package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;

/** A clinic, its history under a name of its own. */
@Entity
@Table(name = "clinic")
@Audited
@AuditTable("clinic_history")
public class Clinic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinic_seq")
    @SequenceGenerator(name = "clinic_seq", sequenceName = "clinic_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Embedded
    private Address address;
}
