package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** Each revision with the user who made it: the audit tables reference it instead of REVINFO. */
@Entity
@Table(name = "revision")
@RevisionEntity
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "made_at", nullable = false)
    private long madeAt;

    @Column(name = "username", length = 50)
    private String username;
}
